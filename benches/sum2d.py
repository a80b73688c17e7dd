# stresses: iteration over a 2D list of ints, index-based and iterator-based sums
N = 2100


def main():
    grid = []
    for i in range(N):
        row = []
        for j in range(N):
            row.append((i * 31 + j * 17) % 101)
        grid.append(row)
    total = 0
    for rep in range(4):
        for row in grid:
            for v in row:
                total += v
        for i in range(N):
            row = grid[i]
            for j in range(N):
                total += row[j] * (rep + 1)
        col = 0
        for j in range(N):
            for i in range(N):
                col += grid[i][j]
        total += col
    return total


if __name__ == "__main__":
    print(main())
