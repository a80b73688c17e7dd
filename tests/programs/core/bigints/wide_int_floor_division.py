# floor division and modulo of ints beyond the inline range that fit a machine word (computed in i64), at the extremes of i64
vals = [2**47, -2**47 - 1, 2**62, -2**62, 2**63 - 1, -2**63, 12345678901234, -98765432109876, 3, -3, 7, -7, 1, -1, 2147483648, -2147483648]
out = []
for a in vals:
    for b in vals:
        out.append((a // b, a % b, divmod(a, b)))
print(len(out), hash(tuple(out)) % 1000003)
print(out[:5], out[-5:])
x = 12345
s = 0
for i in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    s += x // 7 - (x * 3) % -11
print(x, s)
