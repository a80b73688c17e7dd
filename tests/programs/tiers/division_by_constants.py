# Floor division and modulo by constant divisors in hot loops: the FTL turns
# these into multiplications, which must agree with Python's floor semantics
# for negative operands, negative divisors, powers of two and values near the
# small-int limit.
def by_constants(xs):
    acc = 0
    for x in xs:
        acc += x // 3 + x % 3
        acc += x // 7 - x % 7
        acc += (x // -5) * 11 + x % -5
        acc += x // 8 + x % 8 + x // -16 + x % -16
        acc += x // 1000000007 + x % 1000000007
        acc += x // 641 * 641 + x % 641 - x
        acc ^= x % 255
    return acc


def table(xs):
    rows = []
    for x in xs:
        rows.append((x // 3, x % 3, x // -3, x % -3, x // 10, x % 10, x // 2, x % -2))
    return rows


big = (1 << 47) - 1
xs = list(range(-40, 41)) + [big, -big, big - 1, -big - 1, 1 << 46, -(1 << 46), 123456789012, -123456789012]
total = 0
for rep in range(300):
    total += by_constants(xs) * (rep % 5)
print(total)
for row in table(xs)[-12:]:
    print(row)
print(sum(sum(r) for r in table(xs)))
# past the small-int range the same loop goes on with big ints
print(by_constants([1 << 70, -(1 << 70), 3 ** 50]))
