print(int("10"), int("-10"), int("10", 2), int("z", 36), int(7.9), int(-7.9), int(True))
print(float("3.25"), float(2), float("-inf"), float("1e-3"))
print(str(10), str(-1.5), str([1, 2]), str((1,)), str({"a": 1}))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0))
print(list("abc"), list((1, 2)), list({1: "a", 2: "b"}), list(range(3)))
print(tuple([1, 2]), tuple("xy"), tuple())
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict({"x": 0}, y=1))
print(set([1, 2, 2]), frozenset("aa"), set())
print(chr(65), ord("z"), hex(4095), oct(64), bin(10))
print(repr(int), repr(str), repr(None), repr(True))
print(type(int("5")) is int, type(float(5)) is float)
for bad in ["", "abc", "1.5", "1e3", " "]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["x", "1,5", ""]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
print(int(" 12 "), float("\t4.5\n"), int("+3"), int("0x1f", 16))
print(str(b"bytes"[0]), list(b"ab"))
