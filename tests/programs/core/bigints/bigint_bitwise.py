a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 99 + 2 ** 50 + 3
print(a & b, a | b, a ^ b)
print(~a, ~-a, -a & 0xFFFF, -a | 1, -a ^ -b)
print(a >> 50, a >> 100, a >> 101, a << 10)
print(-a >> 50, -a >> 200, -1 << 100)
print((a & (a - 1)) == 2 ** 100 + 2 ** 50)
print(bin(a).count("1"), len(bin(a)) - 2)
mask = (1 << 64) - 1
print(a & mask, (a >> 64) & mask)
print(hex(a ^ mask), hex(-a & mask))
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x, bin(x).count("1"))
print(x & -x, len(bin(x & -x)) - 3)
y = 3 ** 60
print(y & 0xFFFFFFFF, y | 2 ** 100, y ^ (y >> 1))
print(y >> 33, y << 33, -y >> 33)
print(bin(y)[:20], hex(y), len(bin(y)) - 2)
print(~y & (2 ** 96 - 1))
z = (1 << 128) - 1
print(z, z ^ (z >> 64), z & ~(1 << 127))
print(-z & z, -z | z, -z ^ z)
