# Ints beyond the inline 48-bit range but within a machine word (and just
# past it): every operator against CPython, including floor division and
# modulo signs, and an LCG whose state passes through that range.
import itertools

vals = [0, 1, -1, 7, -7, 3, -3, 2**47 - 1, -2**47, 2**47, -2**47 - 1, 2**62, -2**62,
        2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 + 3, -(2**64) - 3, 12345678901234,
        -98765432109876, 2**31, 1103515245]
checks = []
for a, b in itertools.product(vals, repeat=2):
    row = [a + b, a - b, a * b, a & b, a | b, a ^ b]
    if b != 0:
        row += [a // b, a % b, divmod(a, b)]
    if 0 <= b < 200:
        row.append(a >> b)
    checks.append(hash(tuple(row)) % 1000003)
    if a in (2**62, -2**63, 2**63 - 1) and b in (-7, 3, 2**31, -1):
        print(a, b, row)
print(sum(checks), len(checks))

x = 12345
s = 0
for i in range(200000):
    x = (x * 1103515245 + 12345) % 2147483648
    s ^= x
print(x, s)

y = 2**47 - 5
t = 0
for i in range(50000):
    y = y + 2**40 + (i & 7)
    t = t + (y & 0xFFFF) + (y >> 60) - (y // 1000003) % 7
print(y, t, type(y).__name__)
