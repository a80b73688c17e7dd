# math.frexp/ldexp round trips, remainder, dist, the inverse hyperbolic
# functions, cbrt and exp2, with their domain and range errors.
import math

for x in [8.0, -3.5, 0.0, -0.0, 1e-310, 5e-324, 1.7976931348623157e308, 0.1, 1]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.frexp(float("inf")), math.ldexp(1.5, 10), math.ldexp(1, -1080), math.ldexp(-2.0, 3), math.ldexp(0.0, 10**30))
for x, y in [(10, 3), (11, 3), (-10, 3), (7.5, 2), (6, 4), (10, 4), (-6, 4), (5, float("inf")), (0.0, 1)]:
    print(x, y, math.remainder(x, y))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [1, 2, 3]), math.dist((1.5,), (-1.5,)))
print(math.asinh(1.0), math.acosh(2.0), math.atanh(0.5), math.cbrt(-8), math.cbrt(64), math.exp2(10), math.exp2(-1))
for expr in ["math.acosh(0.5)", "math.atanh(1)", "math.atanh(-2)", "math.ldexp(1.0, 5000)", "math.remainder(1, 0)",
             "math.remainder(float('inf'), 1)", "math.dist((1,), (1, 2))", "math.exp2(5000)", "math.sin()", "math.frexp('x')"]:
    try:
        print(eval(expr))
    except (ValueError, OverflowError, TypeError) as e:
        print(expr, type(e).__name__, e)
