vals = [0.0, 0.4, 0.5, 0.9, 1.0, 1.5, 2.5, -0.4, -0.5, -0.9, -1.5, -2.5, 1e15 + 0.5,
        123456789.987, -123456789.987, 1e20, -1e20, 2.0**63, 2.0**64, 1.7976931348623157e308]
for v in vals:
    print(repr(v), int(v))
print(type(int(2.7)))
print(int(-0.0))
for s in ["inf", "-inf", "nan"]:
    try:
        print(int(float(s)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
fracs = [7.999999999999999, 8.000000000000002, -7.999999999999999, 0.9999999999999999]
for f in fracs:
    print(repr(f), int(f), round(f), int(f) == round(f))
print([int(x / 10) for x in range(-25, 30, 10)])
print([int(x) for x in [1e1, 1e2, 1e3, 1e15, 1e16]])
print(int(-1e-300), int(1e-300), int(2.5e2))
n = 10.75
whole = int(n)
frac = n - whole
print(whole, frac, whole + frac == n)
print(int(123.456 * 100), round(123.456 * 100))
