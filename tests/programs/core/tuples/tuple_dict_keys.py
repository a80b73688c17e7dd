grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], len(grid))
print((0, 0) in grid, (3, 3) in grid)
print(list(grid.keys())[:4])
dist = {("a", "b"): 5, ("b", "c"): 7, ("a", "c"): 12}
for (src, dst), d in dist.items():
    print(src, dst, d)
print(dist.get(("a", "b")), dist.get(("x", "y"), -1))
nested = {((1, 2), 3): "deep"}
print(nested[((1, 2), 3)])
d = {(): "empty", (1,): "one", (1, 2): "two"}
print(d[()], d[(1,)], d[1, 2])
print(d)
d[(1,)] = "uno"
print(d)
del d[()]
print(d)
try:
    d[[1, 2]] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[(1, [2])] = 3
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2): "a", (1.0, 2.0): "b"})
