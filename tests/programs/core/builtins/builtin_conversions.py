print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(tuple([1, 2]), tuple("xy"), tuple(range(2)), tuple({"k": 0}))
print(dict([(1, 2)]), dict(a=1), dict(zip("ab", "cd")))
print(str(1), str(1.0), str([1, "a"]), str(None))
print(bool(0), bool("0"), bool([]), bool([[]]), bool(0.0), bool({}), bool(range(0)))
print(int("12"), int(12.9), int(-12.9), int(True), int("-0"))
print(float("1.5"), float(2), float(" -3 "), float("1e-3"))
print(repr(1), repr("1"), repr([1, "1"]), repr(1.0), repr(None))
print(list(list("ab")), tuple(tuple([1])), list(tuple([1, 2])))
print(list(map(list, ["ab", "c"])))
print(str(list("hi")), repr(str([1])))
a = [1, 2]
b = list(a)
print(a == b, a is b)
c = (1, 2)
print(tuple(c) is c, tuple(c) == c)
print(list(), tuple(), dict(), str(), int(), float(), bool())
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
