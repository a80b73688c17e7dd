# A list read from a list (a row of a grid) or passed as a parameter is
# checked once where it is read or where the function starts, and is a
# proven list in the loops after. Hot with lists, then each place meets a
# tuple, a list subclass that overrides indexing, or a dict, mid-run.


class Tracked(list):
    def __getitem__(self, i):
        return 1000 + list.__getitem__(self, i)

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 2)


def row_sums(grid, n):
    total = 0
    for i in range(n):
        row = grid[i]
        for j in range(len(row)):
            total += row[j] * (i + 1)
    return total


def scale(row, k):
    for j in range(len(row)):
        row[j] = row[j] * k
    return row


def axpy(a, x, y):
    out = 0.0
    for j in range(len(x)):
        out += a * x[j] + y[j]
    return out


def columns(grid):
    col = 0
    for j in range(len(grid[0])):
        for i in range(len(grid)):
            col += grid[i][j]
    return col


def main():
    grid = [[i * 3 + j for j in range(5)] for i in range(4)]
    acc = 0
    for k in range(200):
        acc += row_sums(grid, 4) + columns(grid)
        acc += sum(scale([k, 1, 2], 3))
        acc += int(axpy(0.5, [1.0, 2.0, k * 1.0], [0.25, 0.5, 0.75]))
    print(acc)
    grid[2] = (7, 8, 9)
    print(row_sums(grid, 4), columns([[1, 2], (3, 4), [5, 6]]))
    grid[1] = Tracked([1, 2, 3])
    print(row_sums(grid, 4), columns([[1, 2], Tracked([3, 4])]))
    grid[3] = {0: 5, 1: 6}
    print(row_sums(grid, 4))
    print(scale(Tracked([1, 2, 3]), 2), scale({0: 1, 1: 2}, 5))
    try:
        scale((1, 2), 2)
    except TypeError as e:
        print("TypeError:", e)
    print(axpy(2.0, (1.0, 2.0), [3.0, 4.0]), axpy(1.0, [1.0], Tracked([0.5])))
    try:
        row_sums([[1, 2], 7], 2)
    except TypeError as e:
        print("TypeError:", e)
    acc = 0
    for k in range(200):
        acc += row_sums([[k, 1], [2, 3]], 2) + columns([[k], [k + 1]])
    print(acc)


main()
