seasons = ["spring", "summer", "fall", "winter"]
print(list(enumerate(seasons)))
print(list(enumerate(seasons, start=1)))
print(list(enumerate(seasons, 10)))
print(list(enumerate(seasons, -2)))
print(list(enumerate("ab")), list(enumerate([])))
for i, s in enumerate(seasons, 1):
    print(i, s)
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip([1], "abc", (True, False))))
print(list(zip()), list(zip([])), list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
names = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(names, vals)))
pairs = list(zip(names, vals))
n2, v2 = zip(*pairs)
print(n2, v2)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
for a, b, c in zip("xyz", range(3), [None] * 5):
    print(a, b, c)
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(list(enumerate(zip("ab", "cd"))))
