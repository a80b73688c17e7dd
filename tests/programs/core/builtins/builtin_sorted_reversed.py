data = [5, 3, 8, 1, 9, 2]
print(sorted(data), data)
print(sorted(data, reverse=True))
print(sorted(data, key=lambda x: -x))
print(sorted(data, key=lambda x: x % 3))
print(sorted(data, key=lambda x: x % 3, reverse=True))
print(sorted("Python"), sorted("Python", key=lambda c: c.lower()))
print(sorted((3, 2, 1)), sorted(range(5, 0, -1)))
print(sorted({"b": 1, "c": 2, "a": 3}), sorted({"b": 1, "c": 2, "a": 3}.values()))
print(sorted([[3, 1], [2, 2], [3, 0]]), sorted([(2, "b"), (2, "a"), (1, "z")]))
print(sorted([-1.5, 2, -3, 0.5, 0], key=abs))
print(list(reversed(data)), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed([])), "".join(reversed("racecar")))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(list(reversed(list({"x": 1, "y": 2}))))
stable = [("a", 3), ("b", 1), ("c", 3), ("d", 1), ("e", 2)]
print(sorted(stable, key=lambda p: p[1]))
print(sorted(stable, key=lambda p: p[1], reverse=True))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
