import math
tests = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("sqrt(-1e-300)", lambda: math.sqrt(-1e-300)),
    ("log(0)", lambda: math.log(0)),
    ("log(-5, 2)", lambda: math.log(-5, 2)),
    ("log(5, 0)", lambda: math.log(5, 0)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("cos(inf)", lambda: math.cos(math.inf)),
    ("floor(nan)", lambda: math.floor(float("nan"))),
    ("ceil(inf)", lambda: math.ceil(math.inf)),
    ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("sqrt(10**400)", lambda: math.sqrt(10**400)),
    ("log(10**400)", lambda: round(math.log(10**400), 6)),
    ("fabs(None)", lambda: math.fabs(None)),
]
for name, fn in tests:
    try:
        print(name, "->", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, "->", type(e).__name__, e)
