a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
p, q = [10, 20]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
[r, s] = (5, 6)
print(r, s)
i, (j, (k, l)) = 1, (2, (3, 4))
print(i, j, k, l)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
h, *mid, t = [1, 2]
print(h, mid, t)
*allof, = (7, 8)
print(allof)
a, *b = "hello"
print(a, b)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
for idx, (u, w) in enumerate([(1, 2), (3, 4)]):
    print(idx, u, w)
for f, *others in [(1, 2, 3), (4,)]:
    print(f, others)
def pair():
    return 3, 4
u, v = pair()
print(u, v, pair())
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
d = {}
d["x"], d["y"] = 1, 2
print(d)
a = b = c = 9
print(a, b, c)
a, b = c, d = 1, 2
print(a, b, c, d)
