strs = ["1.5", "-1.5", "+1.5", " 2.5 ", "\t3.25\n", "1e5", "1E5", "1e-5", "-1e-5", ".5", "5.", "1_000.5",
        "inf", "-inf", "+inf", "infinity", "-Infinity", "nan", "-nan", "NaN", "0", "-0", "-0.0",
        "123456789012345678901234567890", "1e400", "-1e400", "1e-400", "0x10".replace("0x", ""), "00012.50"]
for s in strs:
    print(repr(s), repr(float(s)))
bad = ["abc", "", "1.5.5", "1e", "e5", "1 5", "inf5", "--1", "1_", "_1", "0x10", "nan1"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(True), float(3))
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
