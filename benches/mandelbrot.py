# stresses: float math in a tight while loop, int iteration counters, nested grid loops
N = 950
MAX_ITER = 60


def main():
    total = 0
    inside = 0
    rows = []
    for y in range(N):
        ci = 2.0 * y / N - 1.0
        row_sum = 0
        for x in range(N):
            cr = 2.5 * x / N - 2.0
            zr = 0.0
            zi = 0.0
            it = 0
            while it < MAX_ITER and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                it += 1
            if it == MAX_ITER:
                inside += 1
            row_sum += it
        rows.append(row_sum)
        total += row_sum * (y + 1)
    return total, inside, sum(rows)


if __name__ == "__main__":
    total, inside, s = main()
    print(total)
    print(inside)
    print(s)
