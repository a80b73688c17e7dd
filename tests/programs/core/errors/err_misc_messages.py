cases = [
    ("'abc'.join", lambda: "-".join(["a", 1])),
    ("int(None)", lambda: int(None)),
    ("float([])", lambda: float([])),
    ("ord('')", lambda: ord("")),
    ("list.sort key", lambda: sorted([1, 2], key=5)),
    ("'x' * 2.0", lambda: "x" * 2.0),
    ("range('a')", lambda: range("a")),
    ("[1,2][1:2:0]", lambda: [1, 2][::0]),
    ("'abc'.startswith(1)", lambda: "abc".startswith(1)),
    ("'a'.split(1)", lambda: "a".split(1)),
    ("'a'.strip(1)", lambda: "a".strip(1)),
    ("'a'.replace(1, 2)", lambda: "a".replace(1, 2)),
    ("'a'.find(1)", lambda: "a".find(1)),
    ("dict.fromkeys(1)", lambda: dict.fromkeys(1)),
    ("round('x')", lambda: round("x")),
    ("round(1.5, 'x')", lambda: round(1.5, "x")),
    ("pow('a', 2)", lambda: pow("a", 2)),
    ("pow(2, 3, 1.5)", lambda: pow(2, 3, 1.5)),
    ("chr(1.5)", lambda: chr(1.5)),
    ("[1] * 'a'", lambda: [1] * "a"),
    ("hash list", lambda: {[]: 1}),
]
for name, fn in cases:
    try:
        print(name, "=", repr(fn()))
    except (TypeError, ValueError) as e:
        print(name, "->", type(e).__name__ + ":", e)
