# float.hex() and float.fromhex(): exact text, rounding, errors.
values = [0.0, -0.0, 1.0, 0.1, -2.5, 3.0, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan")]
for v in values:
    h = v.hex()
    back = float.fromhex(h)
    print(h, back, back == v or (back != back and v != v))

texts = ["0x1.8p1", "  -0X.8\n", "ff", "FF.8", "1P10", "0x1p-1074", "0x1p-1075",
         "0x3p-1076", "0x1.00000000000008p0", "0x1.00000000000018p0",
         "0x1.fffffffffffff7p1023", "inf", "-Infinity", "nan", "+0x0p0",
         "0x1p99999999999999999999", "0x1p-99999999999999999999"]
for s in texts:
    print(repr(s), float.fromhex(s))

bad = ["", "0x", "1p", "p1", ".p1", "0x.", "1.2.3", "1p+", "1_0", "0x1g", "0x1p1.5",
       "0x1.fffffffffffff8p1023", "0x1p1024"]
for s in bad:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)

try:
    float.fromhex(5)
except TypeError as e:
    print("TypeError", e)
print((2.0).fromhex("0x1p3"), type(float.fromhex("1")).__name__)
