a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~a, ~b, ~0, ~-1)
print(1 << 10, 1 << 0, 1024 >> 3, 1024 >> 20)
print(-1 >> 1, -8 >> 1, -9 >> 1, -1 >> 100)
print(-1 << 3, -5 << 2)
print(1 << 100)
print((1 << 100) >> 99)
print(-(1 << 100) >> 98)
print(-6 & 7, -6 | 7, -6 ^ 7)
print(-6 & -3, -6 | -3, -6 ^ -3)
print((2**70 - 1) & 0xFF, (2**70) | 1, (2**70 + 5) ^ 2**70)
print(-2**70 & 0xFFFF)
print(~(2**70))
print(1 | 2 ^ 3 & 4)
print((1 | 2) ^ (3 & 4))
print(1 + 2 << 3)
print(1 + (2 << 3))
print(16 >> 2 + 1)
print(5 & 3 == 1)
print((5 & 3) == 1)
print(1 << 2 & 7)
print(~5 + 1)
print(-~5)
print(~-~5)
print(True & False, True | False, True ^ True, ~True)
print(6 & True)
print(0xF0 >> 4 << 4)
x = 0b10110111
print(x & -x)
print(bin(x & (x - 1)))
count = 0
y = x
while y:
    y &= y - 1
    count += 1
print(count)
