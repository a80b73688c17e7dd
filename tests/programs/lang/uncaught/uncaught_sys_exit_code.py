import sys


def validate(values):
    errors = 0
    for v in values:
        if v < 0:
            print("negative value:", v)
            errors += 1
        else:
            print("ok:", v)
    return errors


try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
errs = validate([3, -1, 4, -5])
print("errors:", errs)
if errs:
    try:
        pass
    finally:
        print("exiting with 3")
    sys.exit(3)
print("not reached")
