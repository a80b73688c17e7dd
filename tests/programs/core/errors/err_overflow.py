cases = [
    ("2.0 ** 10000", lambda: 2.0 ** 10000),
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("float(10**400)", lambda: float(10**400)),
    ("float(-10**400)", lambda: float(-10**400)),
    ("10**400 / 1", lambda: 10**400 / 1),
    ("1 / 10**400", lambda: 1 / 10**400),
    ("10**400 * 1.0", lambda: 10**400 * 1.0),
    ("10**400 + 0.5", lambda: 10**400 + 0.5),
    ("10**400 / 10**399", lambda: 10**400 / 10**399),
    ("int(1e308) > 0", lambda: int(1e308) > 0),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("round(1e308 * 10)", lambda: round(1e308 * 10)),
    ("10**400 < 1e308", lambda: 10**400 < 1e308),
    ("10**400 == float('inf')", lambda: 10**400 == float("inf")),
    ("(-2.0) ** 5000", lambda: (-2.0) ** 5000),
    ("(-2.0) ** 5001", lambda: (-2.0) ** 5001),
    ("2 ** -10000", lambda: 2 ** -10000),
    ("1.5 ** 3000", lambda: 1.5 ** 3000),
]
for name, fn in cases:
    try:
        print(name, "=", repr(fn()))
    except OverflowError as e:
        print(name, "->", type(e).__name__ + ":", e)
