cases = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("[1] + (2,)", lambda: [1] + (2,)),
    ("(1,) + [2]", lambda: (1,) + [2]),
    ("'a' - 'b'", lambda: "a" - "b"),
    ("None + 1", lambda: None + 1),
    ("1 - None", lambda: 1 - None),
    ("[] * []", lambda: [] * []),
    ("{} + {}", lambda: {} + {}),
    ("2 ** 'x'", lambda: 2 ** "x"),
    ("-'a'", lambda: -"a"),
    ("~1.5", lambda: ~1.5),
    ("+[1]", lambda: +[1]),
    ("1.5 & 1", lambda: 1.5 & 1),
    ("1 << 1.0", lambda: 1 << 1.0),
    ("'a' / 2", lambda: "a" / 2),
    ("[1] % 2", lambda: [1] % 2),
    ("1 < 'a'", lambda: 1 < "a"),
    ("'a' > 1", lambda: "a" > 1),
    ("[1] <= 1", lambda: [1] <= 1),
    ("None < None", lambda: None < None),
    ("(1,) < [1]", lambda: (1,) < [1]),
    ("{} < {}", lambda: {} < {}),
    ("1.5 >= 'x'", lambda: 1.5 >= "x"),
    ("'a' * 1.5", lambda: "a" * 1.5),
    ("'ab' + None", lambda: "ab" + None),
    ("1 + [1]", lambda: 1 + [1]),
    ("divmod('a', 1)", lambda: divmod("a", 1)),
    ("abs('x')", lambda: abs("x")),
]
for name, fn in cases:
    try:
        print(name, "=", fn())
    except TypeError as e:
        print(name, "->", type(e).__name__ + ":", e)
