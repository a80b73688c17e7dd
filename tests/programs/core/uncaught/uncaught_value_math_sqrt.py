import math
print(math.sqrt(81), math.sqrt(0.5))
print(math.floor(math.sqrt(99)), math.ceil(math.sqrt(99)))
print(math.sqrt(3) * math.sqrt(3))
print(math.fabs(-4.5), math.sqrt(math.fabs(-16)))
print(math.sqrt(49), math.sqrt(2.25), math.isclose(math.sqrt(2) ** 2, 2))
print(math.sqrt(10 ** 10), math.sqrt(1e-4))
for v in [0, 1, 2, 16, 0.25, 1e6]:
    print(v, math.sqrt(v))
print(math.sqrt(2) ** 2)
def hyp(a, b):
    return math.sqrt(a * a + b * b)
print(hyp(3, 4), hyp(5, 12), hyp(1, 1))
def disc(a, b, c):
    return b * b - 4 * a * c
for a, b, c in [(1, -3, 2), (1, 2, 1), (1, 0, 1)]:
    d = disc(a, b, c)
    print("disc", a, b, c, d)
    r = math.sqrt(d)
    print("roots", (-b + r) / (2 * a), (-b - r) / (2 * a))
