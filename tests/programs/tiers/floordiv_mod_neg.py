# // and % with negative operands, ints and floats, small and big, in hot loops.
def table(n):
    chk = 0
    for a in range(-n, n + 1):
        for b in (-7, -3, -1, 1, 2, 5):
            q = a // b
            r = a % b
            if q * b + r != a:
                print("BAD", a, b)
            chk = (chk * 33 + q * 7 + r) % 1000000007
    return chk

print("small", table(500))
print([(a // 4, a % 4, a // -4, a % -4) for a in (-9, -8, -1, 0, 1, 7, 8)])
print([(a // 2.5, a % 2.5, a // -2.5, a % -2.5) for a in (-7.5, -1, 0, 1.5, 6)])
print(repr(-0.0 // 1), repr(0.0 % -3), repr(-3 % 3.0), repr(3 % -3.0), repr(-1e-20 % 1.0))
big = 2**70 + 12345
acc = 0
for k in range(-1500, 1500, 7):
    q, r = divmod(big * k, 1000003)
    acc = (acc + q + r) % (2**61 - 1)
    if k % 700 == 0:
        print(k, q, r)
print("acc", acc)
m = 2**63
print(-m // 3, -m % 3, m // -3, m % -3, (-m - 1) // 2, (-m - 1) % 2)
print((-(2**64)) // 7, (-(2**64)) % 7, (2**64) // -7, (2**64) % -7)
s = 0
x = -1
for i in range(3000):
    x = (x * 7 - 3) // 2 if x > -10**12 else x // 1000
    s = (s + x % 97) % 1000000
print("walk", x, s)
f = 0.0
for i in range(2000):
    f += (i - 1000) // 3.5 + (i - 1000) % 3.5
print("f", repr(f))
