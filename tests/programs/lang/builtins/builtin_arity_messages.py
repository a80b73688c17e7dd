# Argument-count errors of builtins whose parameters can be passed by
# keyword use CPython's "missing required argument" / "takes at most" forms.
calls = [
    lambda: round(),
    lambda: round(1.5, 1, 2),
    lambda: sum(),
    lambda: sum([1], 2, 3),
    lambda: pow(2),
    lambda: pow(2, 3, 4, 5),
    lambda: pow(2, mod=3),
    lambda: int("1", 2, 3),
    lambda: str(b"x", "utf-8", "strict", 4),
    lambda: complex(1, 2, 3),
    lambda: "a b".split(" ", 1, 2),
    lambda: b"a b".rsplit(b" ", 1, 2),
    lambda: reversed(),
    lambda: reversed([1], [2]),
    lambda: super(int, 1, 2),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

print(round(number=2.567, ndigits=1), pow(base=2, exp=5), pow(3, exp=3, mod=5), sum([1, 2], start=10))
print(int("12", base=8), complex(real=1, imag=2), "a,b,c".split(",", maxsplit=1))
