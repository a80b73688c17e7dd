print(sum([]), sum([1, 2, 3]), sum(range(10)), sum([0.1, 0.2, 0.3]))
print(sum([1, 2], 10), sum([1.5], 1), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([True, True, False]), sum([1, 2.0]), sum([10**20, 1]))
print(sum([1], start=5))
print(sum([-1, -2, -3]), sum([0.5] * 4))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("ab"), all(""), any([None, "", 0.0, []]), all([[0], " ", -1]))
print(any([x > 5 for x in range(10)]))
print(all([x < 10 for x in range(10)]), all([x < 5 for x in range(10)]))
print(any(range(0)), any(range(2)), all(range(1, 5)), all(range(5)))
print(any({"k": 0}), all({0: "v"}))
