print(dict())
print(dict(a=1, b=2))
print(dict([("x", 1), ("y", 2)]))
print(dict([["p", 1], ["q", 2]]))
print(dict((("t", 1),)))
print(dict({"m": 1, "n": 2}))
print(dict({"m": 1}, n=2, m=3))
print(dict([("a", 1)], b=2))
print(dict(zip("abc", range(3))))
print(dict(zip(["k1", "k2"], [[1], [2]])))
print(dict(["ab", "cd"]))
print(dict([(1, 2), (1, 3)]))
print(dict.fromkeys(["a", "b", "c"]))
print(dict.fromkeys("xyz", 0))
print(dict.fromkeys(range(3), []))
fk = dict.fromkeys(["p", "q"], [])
fk["p"].append(1)
print(fk)
print(dict.fromkeys([]))
orig = {"a": [1]}
cp = dict(orig)
cp["a"].append(2)
cp["b"] = 0
print(orig, cp)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(["abc"])
except ValueError as e:
    print(type(e).__name__, e)
