import math
angles = [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 3 * math.pi / 2, 2 * math.pi, -math.pi / 4, 1, 2.5]
for a in angles:
    print(repr(a), repr(math.sin(a)), repr(math.cos(a)), repr(math.tan(a)))
print(math.sin(0), math.cos(0), math.tan(0))
print(round(math.sin(math.pi), 12), round(math.cos(math.pi / 2), 12))
print(math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(-1, 1))
print(math.atan2(0, 1), math.atan2(0, -1), math.atan2(1, 0), math.atan2(-1, 0), math.atan2(0, 0))
print(math.atan2(-0.0, -1), math.atan2(3, 4), math.atan2(10**10, 1))
print(math.sin(1e-10), math.cos(1e-10))
print(math.sin(100), math.cos(100), math.tan(100))
for deg in range(0, 361, 45):
    r = deg * math.pi / 180
    print(deg, round(math.sin(r), 10), round(math.cos(r), 10))
try:
    math.sin(math.inf)
except ValueError as e:
    print(type(e).__name__, e)
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(x, repr(math.atan2(x, 1.0)), repr(math.atan2(1.0, x)))
print(repr(math.sin(math.pi / 6)), repr(math.cos(math.pi / 3)))
print(repr(math.tan(math.pi / 4)), repr(math.sin(-0.0)))
