print(len(""), len("abc"), len("\u00e9\u00e9"), len("\n"))
print(len([]), len([1, [2, 3]]), len([None] * 7))
print(len(()), len((1,)), len((1, 2, 3)))
print(len({}), len({"a": 1, "b": 2}), len(dict.fromkeys(range(50))))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -1)), len(range(5, 0)))
print(len(list(zip("abc", "de"))), len(str(10**50)))
print(len({"k": [1, 2, 3]}["k"]), len("a" * 1000))
d = {}
for i in range(10):
    d[i % 4] = i
print(len(d))
for bad in [5, 2.5, None, True]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
