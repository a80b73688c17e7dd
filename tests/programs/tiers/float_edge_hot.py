# Float edge cases (inf, nan, -0.0) inside hot loops, printed with repr.
import math

inf = float("inf")
nan = float("nan")
vals = [1.0, -0.0, 0.0, inf, -inf, nan, 1e308, -1e-308, 5e-324, 2.5]
for rep in range(300):
    out = []
    for v in vals:
        out.append(v * 2)
print([repr(x) for x in out])
print([repr(-x) for x in vals])
print([repr(x + x) for x in vals])
print([repr(x * 0) for x in vals if not math.isinf(x)])
print([x == x for x in vals])
print([repr(math.copysign(1.0, x)) for x in vals])

x = 1.0
steps = 0
while not math.isinf(x):
    x *= 3.7
    steps += 1
print("overflow after", steps, repr(x), repr(x - x), repr(-x))

y = 1.0
steps = 0
while y != 0.0:
    y /= 7.3
    steps += 1
print("underflow after", steps, repr(y), repr(-y), repr(-y * 5))

nans = 0
s = 0.0
for i in range(5000):
    v = (i % 7 - 3) * inf
    if v != v:
        nans += 1
    elif v > 0:
        s += 1
    else:
        s -= 0.5
print("nans", nans, repr(s))

neg0 = 0
for i in range(3000):
    z = -0.0 * (i % 3)
    if math.copysign(1.0, z) < 0:
        neg0 += 1
print("neg zeros", neg0, repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(-0.0 * -1))
acc = 0.0
for i in range(1, 4000):
    acc += 1.0 / i - 1.0 / (i + 1)
print(repr(acc), repr(round(acc, 10)), repr(min(-0.0, 0.0)), repr(max(nan, 1.0)))
print(repr(math.fsum([0.1] * 10)), repr(sum([0.1] * 10)), repr(inf - inf), repr(math.floor(-0.5)))
print(repr(1e16 + 1.0), repr(2.0 ** 53 + 1), repr(0.1 + 0.2), repr(1 / 3), repr(-1e-7), repr(123456789.0 * 1e10))
