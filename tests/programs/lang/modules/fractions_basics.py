# fractions.Fraction: construction, arithmetic with ints/floats, comparisons,
# hashing like equal ints and floats, rounding and limit_denominator.
from fractions import Fraction as F
import math

print(F(3, 4), F(6, -8), repr(F(5)), F(" -1.25 "), F("3/7"), F("1e-3"), F(0.1), F(F(2, 3)), F("1_000/3"))
for bad in ("abc", "1/0x", "", "1/-2"):
    try:
        F(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 - a, 2 * a, 1 / a, a + 0.5, 0.5 * a, a + 1j)
print(a ** 2, a ** -2, F(4, 9) ** F(1, 2), 2 ** F(3), F(2) ** F(1, 2), F(-2, 3) ** 3)
print(a == F(2, 6), F(1, 2) == 0.5, F(2) == 2, a < b, a > 0.3, F(1, 2) <= 0.5, a != b, F(1) == 1 + 0j)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), len({F(1, 2), 0.5, F(2, 4)}))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 1000), 2), round(F(1234), -2))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), int(F(-7, 2)), math.trunc(F(7, 2)), float(F(1, 8)))
print(F(math.pi).limit_denominator(100), F(3.14159).limit_denominator(1000), F(1, 3).limit_denominator(5))
print(F(10, 4).numerator, F(10, 4).denominator, F(10, 4).as_integer_ratio(), bool(F(0)), F.from_float(0.25))
print(sorted([F(1, 2), 0.25, 1, F(1, 3)]), sum([F(1, 3)] * 3), max(F(1, 2), F(2, 3)))
print(isinstance(F(1), F), str(F(4, 2)), f"{F(1, 3)}")
