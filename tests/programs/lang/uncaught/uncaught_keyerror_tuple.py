grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(len(grid))
print(grid[(1, 1)], grid[2, 0])


def neighbors(pos):
    r, c = pos
    out = []
    for dr, dc in [(-1, 0), (1, 0), (0, -1), (0, 1)]:
        out.append(grid[(r + dr, c + dc)])
    return out


print(neighbors((1, 1)))
try:
    neighbors((0, 0))
except KeyError as e:
    print("caught:", e, e.args)
print(grid.get((5, 5), "outside"))
print(neighbors((2, 2)))
print("not reached")
