# Builtins the FTL compiles inline (math.sqrt/fabs/sin/cos/floor, abs, len,
# min, max, int, float), each in a hot loop with arguments that leave the
# inline path, and with the builtin rebound in the middle of the loop.
import math


def sqrt_sum(xs):
    s = 0.0
    for x in xs:
        s += math.sqrt(x)
    return s


def trig(n):
    s = 0.0
    for i in range(n):
        s += math.sin(i * 0.001) * math.cos(i * 0.002) + math.fabs(-i * 0.5)
    return s


def floors(xs):
    out = 0
    for x in xs:
        out += math.floor(x)
    return out


def abs_sum(xs):
    s = 0
    for x in xs:
        s += abs(x)
    return s


def lens(seqs):
    n = 0
    for s in seqs:
        n += len(s)
    return n


def clamp_all(xs, lo, hi):
    out = []
    for x in xs:
        out.append(min(max(x, lo), hi))
    return out


print(sqrt_sum([float(i) for i in range(3000)]))
print(sqrt_sum(list(range(3000))))
print(sqrt_sum([2.0, 3, -0.0, float("inf")] * 500))
try:
    sqrt_sum([1.0] * 2000 + [-1.0])
except ValueError as e:
    print("ValueError", e)
print(math.sqrt(float("nan")))
try:
    sqrt_sum([1.0] * 2000 + ["x"])
except TypeError as e:
    print("TypeError", e)
print(trig(5000))
try:
    s = 0.0
    for v in [0.5] * 2000 + [float("inf")]:
        s += math.sin(v)
except ValueError as e:
    print("ValueError", e, s)
print(floors([i * 0.37 - 200.0 for i in range(3000)]))
print(floors(list(range(-1500, 1500))))
print(floors([1e15, -1e15, 2.0**47, -(2.0**47), 2.0**47 - 1, 1e300] * 300))
for bad in [float("inf"), float("nan")]:
    try:
        floors([1.5] * 2000 + [bad])
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(abs_sum(list(range(-3000, 3000))))
print(abs_sum([-(2**47), 2**47 - 1, -(2**47) + 1] * 700))
print(abs_sum([-1.5, 2.5, -0.0] * 700 + [3, -4]))
print(abs_sum([1] * 2000 + [-(2**70)]))
try:
    abs_sum([1] * 2000 + ["x"])
except TypeError as e:
    print("TypeError", e)
print(lens([[1, 2], (1, 2, 3), []] * 1000))
print(lens([[1, 2], (1, 2, 3)] * 1000 + ["abcd", {1: 2}, range(10), {3, 4}]))
try:
    lens([[1]] * 2000 + [5])
except TypeError as e:
    print("TypeError", e)
print(clamp_all(list(range(-3000, 3000, 7)), -100, 100)[-20:])
print(clamp_all([i * 0.5 for i in range(-2000, 2000)], -10, 10.0)[:5])
print(clamp_all([float("nan"), 1, 1.0, True, -0.0, 0] * 400, 0, 1)[:12])
print(clamp_all(["b", "a", "c"] * 700, "aa", "bb")[:6])
print(min(1, 1.0), min(1.0, 1), max(0, -0.0), max(-0.0, 0), min(2, float("nan")), min(float("nan"), 2))


def rebind_abs(n):
    global abs
    s = 0
    for i in range(n):
        if i == n // 2:
            abs = lambda v: 1000
        s += abs(-i)
    del abs
    return s


print(rebind_abs(4000))


def rebind_sqrt(n):
    s = 0.0
    for i in range(n):
        if i == n // 2:
            math.sqrt = lambda v: -1.0
        s += math.sqrt(i)
    return s


real_sqrt = math.sqrt
print(rebind_sqrt(4000))
math.sqrt = real_sqrt
print(sqrt_sum([4.0] * 3000))


def conversions(xs):
    si = 0
    sf = 0.0
    for x in xs:
        si += int(x)
        sf += float(x)
    return si, sf


print(conversions([i * 0.75 - 900.0 for i in range(2400)]))
print(conversions(list(range(-1200, 1200))))
print(conversions([2.0**47 - 0.5, -(2.0**47) + 0.5, 1e15, -1e15, -0.0, 0.9999, -0.9999] * 300))
print(conversions([1.5] * 2000 + [True, 2**60, -(2**70)]))
for bad in [float("inf"), float("nan")]:
    try:
        conversions([1.5] * 2000 + [bad])
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(conversions([1.5] * 2000 + ["12", " 7 "]))
try:
    conversions([1.5] * 2000 + [[1]])
except TypeError as e:
    print("TypeError", e)


def int_of_str(xs):
    return sum(int(x) for x in xs)


print(int_of_str(["1", "22", "-3"] * 700))
