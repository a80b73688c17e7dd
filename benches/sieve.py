# stresses: list of bools, indexed stores with strided while loops, counting
N = 3600000
ROUNDS = 4


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    return flags


def main():
    count = 0
    last = 0
    s = 0
    for r in range(ROUNDS):
        flags = sieve(N - r * 1000)
        for i in range(len(flags)):
            if flags[i]:
                count += 1
                last = i
                s += i
    return count, last, s % 1000000007


if __name__ == "__main__":
    c, l, s = main()
    print(c)
    print(l)
    print(s)
