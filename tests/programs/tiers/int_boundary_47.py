# Integers around small-int / tagged-pointer boundaries: 2**47, 2**48, 2**53, 2**62.
def walk(base, n):
    chk = 0
    out = []
    for k in range(n):
        v = base + k
        w = v * 2
        u = -v
        chk = (chk * 131 + (w ^ u) % 1000003) % 1000000007
        if k % (n // 5) == 0 or k == n - 1:
            out.append((v - base, w.bit_length(), u.bit_length()))
    return chk, out

for b in (2**47 - 1, -(2**47) - 3, 2**48 - 2, 2**53 - 3, 2**62 - 10, -(2**62) - 5):
    print(b, walk(b - 500, 1000))

x = 2**47 - 1
acc = 0
for i in range(2000):
    x += 1 if i % 3 else -2
    acc += x & 0xFFFF
print("x", x, acc, x - (2**47 - 1))

y = 1
for i in range(60):
    y = y * 2 + (i & 1)
    if i in (45, 46, 47, 48, 52, 53, 54, 59):
        print("y", i, y, y >> 40, y.bit_length())
print(float(2**53 + 1) == 2**53 + 1, float(2**53) == 2**53, 2**53 + 1.0)
m = 0
for i in range(3000):
    m = (m + (2**47 - 1) * i) % (2**50 + 7)
print("m", m)
print((2**47 - 1) * (2**47 - 1), (2**62) + (2**62), -(2**62) - (2**62), (-(2**63)) // -1)
