# Lists as a speculated type: item kinds record lists, so `row` below is
# typed a list and its `for` loop has no range path. Each case then hands
# the loop something else mid-run: a tuple row, a str row, a range row, a
# generator, a list repeated and a tuple repeated.


def row_sums(grid):
    out = []
    for row in grid:
        s = 0
        for v in row:
            s += v
        out.append(s)
    return out


def repeated(n, seed):
    buf = seed * n
    t = 0
    for x in buf:
        t += x
    return t, type(buf).__name__


def indexed(grid):
    total = 0
    for i in range(len(grid)):
        row = grid[i]
        for j in range(len(row)):
            total += row[j] * (i + 1)
    return total


grid = [[i * j % 11 for j in range(40)] for i in range(300)]
print(sum(row_sums(grid)))
grid[200] = tuple(grid[200])
grid[220] = range(5)
grid[250] = "ab" * 0
print(sum(row_sums(grid)))
grid[260] = (x for x in range(3))
print(row_sums(grid)[255:265])
for k in range(3):
    print(repeated(500, [1, 2]), repeated(300, (3,)), repeated(10, [0.5]))
g2 = [[j for j in range(30)] for _ in range(200)]
print(indexed(g2))
g2[150] = tuple(g2[150])
g2[160] = "x" * 30
try:
    print(indexed(g2))
except TypeError as e:
    print("TypeError:", e)
