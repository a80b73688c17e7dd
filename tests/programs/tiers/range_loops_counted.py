# Range loops whose position FTL code keeps in a register: every shape of
# range, iterators shared with locals, loops left by break, exceptions and
# returns, and ranges beyond the small-int limit, in hot functions.
def shapes(n):
    t = 0
    for i in range(n):
        t += i
    for i in range(n, 0, -1):
        t -= i * 3
    for i in range(-n, n, 7):
        t += i
    for i in range(n, -n, -5):
        t ^= i
    for i in range(5, 5):
        t += 1000
    for i in range(0, n, n + 100):
        t += 1
    return t


def nested(n):
    acc = 0
    for i in range(n):
        for j in range(i, n, 3):
            if j % 5 == 0:
                continue
            if i + j > 3 * n // 2:
                break
            acc += i * j
        k = 0
        while k < 10:
            acc -= k
            k += 3
    return acc


def shared(n):
    it = iter(range(n))
    got = []
    for x in it:
        got.append(x)
        next(it, None)
    return got[-3:], len(got)


def with_handler(n):
    t = 0
    for i in range(n):
        try:
            if i % 17 == 0:
                raise ValueError(i)
            t += i
        except ValueError as e:
            t -= e.args[0]
    return t


def leaves(n, stop_at):
    for i in range(n):
        if i == stop_at:
            return i
    return -1


def big(lo, hi, step):
    t = 0
    for i in range(lo, hi, step):
        t += i % 1000
    return t


total = 0
for rep in range(40):
    total += shapes(50 + rep) + nested(30) + with_handler(60) + leaves(100, rep)
print(total)
print(shared(101))
big_lo = 2 ** 47 - 10
print(big(0, 200, 1), big(big_lo, big_lo + 30, 1), big(2 ** 70, 2 ** 70 + 12, 3))
print(big(-(2 ** 47) + 5, -(2 ** 47) - 20, -2), big(0, 2 ** 63, 2 ** 62))
for rep in range(30):
    total += big(rep, 300, 1)
print(total)
