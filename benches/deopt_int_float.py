# stresses: type speculation failure: a hot loop accumulator that is int, then turns float midway
N = 18000000


def accumulate(n, switch_at):
    acc = 0
    i = 0
    while i < n:
        if i == switch_at:
            acc = acc + 0.5
        acc = acc + i % 7 - 2
        i += 1
    return acc


def mix(n):
    x = 1
    total = 0
    for i in range(n):
        if i == n // 2:
            x = 1.25
        total = total + x * (i % 5)
    return total


def main():
    a = accumulate(N, N // 2)
    b = mix(N // 2)
    return round(a, 6), round(b, 6)


if __name__ == "__main__":
    a, b = main()
    print(a)
    print(b)
