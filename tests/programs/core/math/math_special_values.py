# math functions at huge, infinite and special arguments, as CPython answers.
import math

inf = float("inf")


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)


for x in (1e308, -1e308, 1e300, 2.0):
    show("asinh", math.asinh, x)
    show("acosh", math.acosh, x)
    show("degrees", math.degrees, x)
    show("radians", math.radians, x * 1e10)
for x in (-1.0, 0.5, 2.5, 6.0):
    show("erf", math.erf, x)
    show("erfc", math.erfc, x)

big = 10**400
show("log2 big", math.log2, big)
show("log10 big", math.log10, big)
show("log big", math.log, big)
show("log base big", math.log, big, 10)
show("log2 neg big", math.log2, -big)
show("log10 zero", math.log10, 0)

for x, y in ((0.0, -inf), (-0.0, -inf), (-inf, 0.5), (-inf, 3.0), (inf, -1.0), (-inf, -3.0), (1.0, inf),
             (-1.0, inf), (0.0, -1.0), (-8.0, 1 / 3), (2.0, 5000.0)):
    show("pow", math.pow, x, y)

show("factorial 2 args", math.factorial, 3, 4)
show("factorial huge", math.factorial, 2**70)
show("isqrt 2 args", math.isqrt, 3, 4)
show("fsum 2 args", math.fsum, [1], 2)
show("prod 2 args", math.prod, [1], 2)
