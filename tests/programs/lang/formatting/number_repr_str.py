values = [0, -0, 7, -7, 10 ** 20, -(2 ** 70)]
for v in values:
    print(v, repr(v), str(v))
floats = [0.0, -0.0, 1.0, 0.1, 2.5, 1e16, 1e-5, 123456789012345678.0, 1.0 / 3, 2 / 3, 1e300 * 10, -1e300 * 10]
for f in floats:
    print(f, repr(f))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2))
print(round(7), round(7.0), type(round(7.4)).__name__, type(round(7.4, 1)).__name__)
print(int(3.9), int(-3.9), float(3), float("-0"))
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2))
print(2 ** 10, 2 ** -1, 2.0 ** 0.5, (-8) ** 2, -8 ** 2)
print(10 / 5, type(10 / 5).__name__, 1e3, 1.5e-3)
print(abs(-3), abs(-3.5), abs(0))
print(True + True, True * 3, False - 1)
print(hex(255), oct(8), bin(5), hex(-1))
print(max(1, 2.5), min(-1, -1.0), sum([1, 2.0]))
print(3 == 3.0, 1 == True, hash(1) == hash(1.0) == hash(True))
print(float("inf") > 10 ** 100, -float("inf"), float("nan") == float("nan"))
print(int("1_000"), 1_000_000, 0x1F, 0o17, 0b11)
