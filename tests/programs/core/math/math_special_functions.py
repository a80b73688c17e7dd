# math.erf, erfc, gamma, lgamma, nextafter and ulp (values to 10 digits:
# the last bits of gamma and lgamma may differ from CPython's own algorithm).
import math

inf, nan = float("inf"), float("nan")
for name in ["gamma", "lgamma", "erf", "erfc"]:
    f = getattr(math, name)
    for x in [-2, -1, 0, -0.0, 1, 0.5, -0.5, -2.5, 3, 10, 0.001, 1.5, 171.7, 172, -171.5,
              1e300, -1e300, inf, -inf, nan, 1e-320]:
        try:
            print(name, x, "%.10g" % f(x))
        except (ValueError, OverflowError) as e:
            print(name, x, type(e).__name__, e)
print(math.gamma(5), math.gamma(1), math.lgamma(1), math.lgamma(2), math.erf(0), math.erfc(0))
print(math.nextafter(1, 2), math.nextafter(0.0, -1), math.nextafter(1.0, 1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(inf), math.ulp(-2.5), math.ulp(nan), math.ulp(5e-324),
      math.ulp(1.7976931348623157e308))
for bad in [lambda: math.nextafter(1), lambda: math.gamma("x"), lambda: math.erf()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
for name in ["log2", "log10", "log1p", "log"]:
    for x in [0, 0.0, -1, -1.5, -inf, 1e-300, inf]:
        try:
            print(name, x, getattr(math, name)(x))
        except (ValueError, OverflowError) as e:
            print(name, x, type(e).__name__, e)
