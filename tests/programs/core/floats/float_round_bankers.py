vals = [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.4, 0.6, -0.6, 1.0, 1e16, 2.675, 0.125, 0.375]
for v in vals:
    r = round(v)
    print(repr(v), repr(r), type(r).__name__)
print(round(2.675, 2))
print(round(0.125, 2))
print(round(0.375, 2))
print(round(1.005, 2))
print(round(3.14159, 3))
print(round(3.14159, 0))
print(round(-3.14159, 1))
print(round(1234.5678, -2))
print(round(1250.0, -2))
print(round(1350.0, -2))
print(round(1.5, None))
print(round(0.5, 0), round(1.5, 0), round(-0.5, 0))
print(round(7, 2), round(7, -1), round(15, -1), round(25, -1), round(-25, -1))
print(round(123456, -3), round(123500, -3), round(124500, -3))
print(round(5), type(round(5)))
print(round(2.5e-5, 5))
print(round(1e300, 2))
print(round(0.1 + 0.2, 10))
print(round(-0.0), repr(round(-0.0, 1)))
for s in ["inf", "nan"]:
    try:
        print(round(float(s)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2))
