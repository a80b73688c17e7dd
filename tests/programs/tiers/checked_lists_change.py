# A value that passed a list read or write is known to be a list from
# there on (no more kind tests); a loop entered from the interpreter checks
# it. Each function runs hot with lists, then meets tuples, strs, list
# subclasses and dicts at the same reads, before and inside its loops.


def spread(a, n):
    t = a[0]
    for i in range(n):
        t += a[i % 3]
    return t


def fill(a, n):
    a[0] = 0
    s = 0
    for i in range(n):
        a[i % 2] = i
        s += a[0] + a[1]
    return s


def rows(grid):
    total = 0
    for r in grid:
        first = r[0]
        for v in r:
            total += v * first
    return total


class Tracked(list):
    def __getitem__(self, i):
        return 100 + list.__getitem__(self, i)


def main():
    acc = 0
    for k in range(300):
        acc += spread([k, 1, 2], 40) + fill([0, 0, 0], 30) + rows([[1, 2], [k, 4, 5]])
    print(acc)
    print(spread((1, 2, 3), 40), spread("abc", 5), spread(Tracked([1, 2, 3]), 7))
    print(spread({0: 1, 1: 2, 2: 3}, 6), spread([1.5, 2.5, 3.5], 9))
    d = {0: 0, 1: 0}
    print(fill(d, 5), d)
    try:
        fill((1, 2), 3)
    except TypeError as e:
        print("TypeError:", e)
    print(rows([(1, 2), [3, 4], Tracked([5, 6]), (7,)]))
    try:
        spread([1], 4)
    except IndexError as e:
        print("IndexError:", e)
    acc = 0
    for k in range(300):
        acc += spread([k, -1, 1], 40) + rows([[k, k]])
    print(acc)


main()
