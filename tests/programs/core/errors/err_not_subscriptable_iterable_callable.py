five = 5
none = None
flt = 1.5
empty = []
abc = "abc"
tup = (1,)
cases = [
    ("5[0]", lambda: five[0]),
    ("None[0]", lambda: none[0]),
    ("1.5[0]", lambda: flt[0]),
    ("for in 5", lambda: [x for x in 5]),
    ("list(None)", lambda: list(None)),
    ("iter(1.5)", lambda: iter(1.5)),
    ("a, b = 3", lambda: [a for a, b in [3]]),
    ("sum(7)", lambda: sum(7)),
    ("sorted(None)", lambda: sorted(None)),
    ("'x' in 5", lambda: "x" in 5),
    ("1 in None", lambda: 1 in None),
    ("5()", lambda: five()),
    ("None()", lambda: none()),
    ("[]()", lambda: empty()),
    ("'abc'()", lambda: abc()),
    ("zip(1)", lambda: zip(1)),
    ("enumerate(3)", lambda: enumerate(3)),
    ("map(abs, 3)", lambda: map(abs, 3)),
    ("dict(5)", lambda: dict(5)),
    ("max(5)", lambda: max(5)),
    ("' '.join(5)", lambda: " ".join(5)),
    ("[][None]", lambda: empty[None]),
    ("'abc'[1.0]", lambda: abc[1.0]),
    ("(1,)['a']", lambda: tup["a"]),
    ("range(3)['a']", lambda: range(3)["a"]),
]
for name, fn in cases:
    try:
        print(name, "=", fn())
    except TypeError as e:
        print(name, "->", type(e).__name__ + ":", e)
