nums = [0, 1, -1, 2 ** 64, -(2 ** 64), 3 ** 200, -(7 ** 150), 10 ** 100 + 1]
for n in nums:
    s = str(n)
    print(len(s), s[:20], int(s) == n, int(hex(n), 16) == n, int(bin(n), 2) == n, int(oct(n), 8) == n)
big = int("123456789" * 12)
print(big)
print(big * 10 ** 5 + 54321)
print(big % 97, big // 10 ** 100)
print(int("-" + "9" * 50) - 1)
print(int("0x" + "f" * 40, 16), int("f" * 40, 16) == 16 ** 40 - 1)
print(int("1" * 100, 2), int("z" * 20, 36))
digits = [int(c) for c in str(2 ** 200)]
print(digits[:10], sum(digits), len(digits))
rev = int(str(2 ** 100)[::-1])
print(rev, rev + 2 ** 100)
print(str(10 ** 40).count("0"), repr(-(10 ** 30)))
for base in [2, 8, 10, 16, 36]:
    n = 12345678901234567890123
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    m = n
    while m:
        out = digits[m % base] + out
        m //= base
    print(base, out, int(out, base) == n)
