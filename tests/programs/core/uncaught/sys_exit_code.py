import sys
codes = [0, 1, 2]
for c in codes:
    print("code", c, "means", "success" if c == 0 else "failure")
print(sum(codes), max(codes))
def check(values):
    errors = 0
    for v in values:
        if v < 0:
            print("bad value", v)
            errors += 1
        else:
            print("ok", v)
    return errors
n = check([3, -1, 4, -1, 5])
print("errors:", n)
if n:
    print("exiting with", n + 1)
    sys.exit(n + 1)
print("unreachable")
