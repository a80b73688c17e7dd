# math module functions in hot loops, with int/float/bigint arguments.
import math

s = 0.0
for i in range(1, 5000):
    s += math.sqrt(i) - math.floor(math.sqrt(i))
print(repr(round(s, 6)))
g = 0
for i in range(1, 4000):
    g += math.gcd(i, 3600) + math.isqrt(i * i + i)
print("g", g)
t = 0.0
for i in range(2000):
    x = i / 100.0
    t += math.sin(x) ** 2 + math.cos(x) ** 2
print("t", repr(round(t, 9)))
fl = []
for v in (2.5, -2.5, 0.5, -0.5, 1e20, -7.0, 2**70):
    fl.append((math.floor(v), math.ceil(v), math.trunc(v), round(v)))
print(fl)
print(math.factorial(25), math.comb(40, 20), math.perm(10, 4), math.isqrt(2**127))
print(repr(math.pi), repr(math.e), repr(math.log(2**100, 2)), repr(math.log10(1e-5)), repr(math.exp(1)))
print(math.isfinite(1e308 * 10), math.isnan(float("inf") - float("inf")), math.isclose(0.1 + 0.2, 0.3))
h = 0
for i in range(1, 3000):
    h += math.hypot(i, i + 1) > i * 1.41
    h += int(math.log2(i))
print("h", h)
acc = 1.0
for i in range(1, 200):
    acc = math.fmod(acc * 3.3 + i, 97.5)
print(repr(acc), repr(math.fabs(-0.0)), repr(math.copysign(3, -0.0)), repr(math.atan2(-0.0, -1)))
print(repr(math.fsum(1 / k for k in range(1, 3000))), math.prod(range(1, 15)))
