def level3(x):
    print("level3", x)
    return 10 // x
def level2(x):
    print("level2", x)
    return level3(x - 1) + 1
def level1(x):
    print("level1", x)
    return level2(x - 1) * 2
for start in [5, 2, 3]:
    try:
        print("result", level1(start))
    except ZeroDivisionError as e:
        print("caught at top:", e)
def check(v):
    if v < 0:
        raise ValueError("negative: " + str(v))
    return v
def process(values):
    out = []
    for v in values:
        try:
            out.append(check(v))
        except ValueError as e:
            out.append(str(e))
    return out
print(process([1, -2, 3, -4]))
def reraise(v):
    try:
        return check(v)
    except ValueError:
        print("logging then reraising")
        raise
try:
    reraise(-9)
except ValueError as e:
    print("outer got", e)
def countdown(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return countdown(n - 1)
try:
    countdown(50)
except RuntimeError as e:
    print(type(e).__name__, e)
