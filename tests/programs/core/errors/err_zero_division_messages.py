cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0.0 ** -2.5", lambda: 0.0 ** -2.5),
    ("pow(0, -2)", lambda: pow(0, -2)),
    ("10**30 // 0", lambda: 10**30 // 0),
    ("-5 % 0", lambda: -5 % 0),
    ("True / False", lambda: True / False),
    ("0 / 0", lambda: 0 / 0),
]
for name, fn in cases:
    try:
        print(name, "=", fn())
    except ZeroDivisionError as e:
        print(name, "->", type(e).__name__ + ":", e)
x = 0
try:
    y = 5
    y //= x
except ZeroDivisionError as e:
    print("augmented", e)
try:
    print(1 / 0)
    print("not reached")
except ZeroDivisionError:
    print("bare except clause body")
