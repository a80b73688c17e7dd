# stresses: nested integer for/while loops, int arithmetic, modulo, branches
N = 4800


def main():
    acc = 0
    for i in range(N):
        for j in range(N):
            x = i * j + (i ^ j)
            if x % 3 == 0:
                acc += x // 3
            else:
                acc -= (x & 255)
        k = 0
        while k < 200:
            acc += k * i - j
            k += 7
    return acc % 1000000007


if __name__ == "__main__":
    print(main())
