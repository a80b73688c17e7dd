# The cmath module on finite values (printed to 6 significant digits).
import cmath

values = [0j, 1 + 0j, -1 + 0j, 0.5j, -0.5j, 1.2345 + 10j, -10 - 0.5j, 3 - 4j, -2.5 + 2.5j]


def show(x):
    if isinstance(x, tuple):
        return " ".join("%.6g" % v for v in x)
    if isinstance(x, float):
        return "%.6g" % x
    re = 0.0 if abs(x.real) < 1e-9 else x.real
    im = 0.0 if abs(x.imag) < 1e-9 else x.imag
    return "(%.6g, %.6g)" % (re, im)


for name in ["phase", "polar", "exp", "sqrt", "cos", "sin", "tan", "cosh", "sinh", "tanh",
             "asin", "acos", "asinh", "acosh"]:
    f = getattr(cmath, name)
    print(name, [show(f(v)) for v in values])
for name in ["log", "log10", "atan", "atanh"]:
    f = getattr(cmath, name)
    print(name, [show(f(v)) for v in values[1:] if v not in (1, -1)])
print(show(cmath.log(8, 2)), show(cmath.log(1j, 1j + 1)), show(cmath.rect(2, cmath.pi / 2)), cmath.rect(-1, 0))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.phase(-1), cmath.polar(-2))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj),
      cmath.isfinite(2j), round(cmath.e, 5), round(cmath.tau, 5))
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: cmath.log([]), lambda: cmath.atanh(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
