import math
vals = [0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.999, -3.999, 1e16 + 2, -1e16, 7, -7, 2**70, 0.0, -0.0]
for v in vals:
    f = math.floor(v)
    c = math.ceil(v)
    print(repr(v), f, c, type(f).__name__, type(c).__name__)
print(math.floor(1e300) == 10**300, math.floor(1e300) > 0)
print(math.floor(True), math.ceil(False))
print(math.floor(-1e-300), math.ceil(1e-300))
print(math.floor(10 / 3), math.ceil(10 / 3), -(-10 // 3), 10 // 3)
for s in [math.inf, -math.inf]:
    try:
        math.floor(s)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.floor("1")
except TypeError as e:
    print(type(e).__name__, e)
