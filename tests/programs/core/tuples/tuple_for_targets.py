points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x, y, x * y)
for i, (x, y) in enumerate(points):
    print(i, x + y)
triples = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in triples:
    print(a, b, c, a + b + c)
for (a, b), c in [((1, 2), 3), (("x", "y"), "z")]:
    print(a, b, c)
for head, *tail in [(1, 2, 3), (4, 5), (6,)]:
    print(head, tail)
for *init, last in ["abc", "de"]:
    print(init, last)
d = {"a": (1, 2), "b": (3, 4)}
for key, (lo, hi) in d.items():
    print(key, lo, hi, hi - lo)
pairs = list(zip("abc", range(3), [True, False, True]))
for letter, number, flag in pairs:
    print(letter, number, flag)
matrix = [[1, 2], [3, 4]]
for [p, q] in matrix:
    print(p, q)
for x, y in [[10, 20], (30, 40), "ab"]:
    print(x, y)
acc = []
for i, ch in enumerate("hey", start=1):
    acc.append((i, ch))
print(acc)
swaps = [(1, 2), (3, 4)]
swapped = [(b, a) for a, b in swaps]
print(swapped)
print([a * b for a, (b, _) in [(2, (3, 0)), (4, (5, 0))]])
x, y = 0, 0
for x, y in []:
    pass
print(x, y)
