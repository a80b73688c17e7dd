# stresses: recursive function calls, small-int arithmetic, call overhead
N = 35


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for k in range(N - 2, N + 1):
        total += fib(k)
    return total


if __name__ == "__main__":
    print(main())
