bad = ["abc", "", " ", "1.5", "1e5", "12a", "--1", "1__0", "_1", "1_", "0x10", "+", "- 1"]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
base_cases = [("12", 2), ("9", 8), ("g", 16), ("0x", 16), ("010", 0), ("0b2", 0), ("0o8", 0), ("zz", 35)]
for s, b in base_cases:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for b in [1, 37, -1]:
    try:
        print(int("1", b))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
