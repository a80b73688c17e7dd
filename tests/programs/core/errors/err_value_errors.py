cases = [
    ("int('abc')", lambda: int("abc")),
    ("int('x')", lambda: int("x")),
    ("int('1.5')", lambda: int("1.5")),
    ("int('')", lambda: int("")),
    ("int('12', 2)", lambda: int("12", 2)),
    ("float('x')", lambda: float("x")),
    ("float('')", lambda: float("")),
    ("float('1,5')", lambda: float("1,5")),
    ("[1].remove(2)", lambda: [1].remove(2)),
    ("[1].index(2)", lambda: [1].index(2)),
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("(1,).index(5)", lambda: (1,).index(5)),
    ("range(3).index(7)", lambda: range(3).index(7)),
    ("'a'.split('')", lambda: "a".split("")),
    ("chr(-5)", lambda: chr(-5)),
    ("range(0, 1, 0)", lambda: range(0, 1, 0)),
    ("max([])", lambda: max([])),
    ("min(())", lambda: min(())),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("int('5', 99)", lambda: int("5", 99)),
    ("'x'.replace('', '')", lambda: "x".replace("", "")),
]
for name, fn in cases:
    try:
        print(name, "=", repr(fn()))
    except ValueError as e:
        print(name, "->", type(e).__name__ + ":", e)
def unpack2(seq):
    a, b = seq
    return a, b
def unpack3(seq):
    a, b, c = seq
    return a, b, c
for seq in [[1, 2], [1, 2, 3], [1], "ab", "abcd", (), range(5)]:
    try:
        print("unpack2", unpack2(seq))
    except ValueError as e:
        print("unpack2", type(e).__name__ + ":", e)
    try:
        print("unpack3", unpack3(seq))
    except ValueError as e:
        print("unpack3", type(e).__name__ + ":", e)
