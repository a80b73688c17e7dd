# stresses: tier-up over many short calls of main() (for `tierpy bench`): a float
# kernel with small helper calls, list indexing, and an int loop
SIZE = 4000


def dot(xs, ys, n):
    s = 0.0
    for i in range(n):
        s += xs[i] * ys[i]
    return s


def scale(xs, k, n):
    for i in range(n):
        xs[i] = xs[i] * k
    return xs


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def main():
    xs = [float(i % 17) for i in range(SIZE)]
    ys = [1.0 / (i + 1) for i in range(SIZE)]
    total = 0.0
    for r in range(50):
        scale(xs, 0.999, SIZE)
        total += dot(xs, ys, SIZE)
    steps = 0
    for n in range(1, SIZE):
        steps += collatz_steps(n)
    return round(total, 6), steps


if __name__ == "__main__":
    print(main())
