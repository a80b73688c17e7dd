import sys

results = []
for value in [0, 1, None, "msg", 255]:
    try:
        sys.exit(value)
    except SystemExit as e:
        results.append((repr(value), repr(e.code), e.args))
for r in results:
    print(r)


def cleanup_log():
    print("cleanup")


try:
    print("doing work")
    values = [1, 2, 3]
    print(sum(values))
finally:
    cleanup_log()
e = SystemExit(1, 2)
print(e.code, e.args)
print("exiting with a string message")
sys.exit("error: something went wrong")
