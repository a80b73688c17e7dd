# Sorting keys of one kind (ints, floats, strs, tuples led by those) takes
# fast paths; mixed kinds, NaNs, subclasses and raising comparisons do not.
import math

print(sorted([5, -3, 2**40, -2**47, 0, 7, 7, 1]))
print(sorted([3, 2**70, -2**70, 5]))
print(sorted([2.5, -1.0, 0.0, -0.0, 1e300, float("inf"), float("-inf")]))
nan = float("nan")
xs = [3.0, nan, 1.0, 2.0]
ys = sorted(xs)
print([str(v) for v in ys])
print(sorted(["pear", "apple", "Banana", "é", "z", "", "apple"]))
print(sorted(["b", "a", "c"], reverse=True))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0,)]))
print(sorted([(2.5, 1), (1.5, 2), (2.5, 0), (nan, 3), (1.5, 1)], key=lambda t: (t[1], t[0]) if t[0] == t[0] else (t[1], 0.0)))
print(sorted([("b", 2), ("a", 3), ("b", 1), ("a", 3, 0)]))
print(sorted([(1, 2), (), (1,), (0, 5)]))
print(sorted([1, 2.5, True, -1, 0.5]))
print(sorted([[3, 1], [2, 9], [3, 0], [2]]))

# Stability: equal keys keep their order, also with reverse=True.
words = ["bb", "a", "cc", "d", "ee", "f", "gg"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(i % 4, i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0])[:12])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])

# Larger inputs: sorted, reversed, with many duplicates.
n = 3000
data = [(i * 7919) % 1009 for i in range(n)]
s = sorted(data)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(n - 1)))
print(sorted(range(n)) == list(range(n)), sorted(range(n, 0, -1))[:3])
tup = sorted([(v % 10, -v, str(v)) for v in data])
print(tup[:3], tup[-3:])
strs = sorted(str(v) for v in data)
print(strs[:4], strs[-4:])
fl = sorted(v / 7 for v in data)
print(fl[:3], fl[-1])


class Str(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([Str("ccc"), Str("a"), Str("bb")]))
print(sorted(["ccc", Str("a"), "bb"]))


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.calls += 1
        return self.v < other.v


print([k.v for k in sorted([Key(3), Key(1), Key(2)])], Key.calls > 0)

try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], key=lambda v: 1 // (v - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: [1, "a"][v % 2])
except TypeError as e:
    print("TypeError:", e, lst)

# Comparisons of lists and tuples read items afresh; equality stops early.
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (1, 2) == (1, 2), [1, [2]] == [1, [2]])
print((1, nan) == (1, nan), (nan,) < (nan,), [nan] == [nan])
print((1, 2.0) == (1, 2), (2**60, 1) < (2**60, 2), (0.5, 1) < (1, 0))
print(3 < 3.5, 2**53 + 1 > 2.0**53, -(2**60) < -1e18, 10**20 > 1e20)


class Shrink:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        self.lst.clear()
        return False


a = []
b = [0, 1]
a.append(Shrink(a))
a.append(5)
print(a < b if False else "skip", len(a))
x = [Shrink(None), 1]
x[0].lst = x
print(x == [0, 1], len(x))
