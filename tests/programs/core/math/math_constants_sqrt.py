import math
print(math.pi, math.e, math.inf, -math.inf)
print(repr(math.pi), repr(math.e))
print(math.inf > 10**308, math.inf == float("inf"))
for x in [0, 1, 2, 4, 9, 10, 0.25, 2.0, 1e10, 1e-10, 10**20, 123456789]:
    print(x, math.sqrt(x))
print(math.sqrt(2) ** 2, math.sqrt(2) * math.sqrt(2) == 2)
print(type(math.sqrt(4)).__name__)
print(math.sqrt(math.inf), math.sqrt(-0.0))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), type(math.fabs(-3)).__name__)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.gcd(17, 31), math.gcd(100, 75))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.sqrt(0.0), math.sqrt(1e-300), math.sqrt(2.0 ** 100))
print(math.pi * 2, math.pi / 2, math.e ** 2, 2 * math.pi)
print(math.fabs(-math.inf), math.gcd(36, 48))
