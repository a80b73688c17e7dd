total = 0
x = 12345
for i in range(100000):
    x = (x * 1103515245 + 12345) % 2147483648
    total = (total + x // 65536) % 1000000007
    if i % 20000 == 0:
        print(i, x, total)
print("final", x, total)
acc = 0
for i in range(1, 100001):
    acc += i * i - (i // 3) * (i % 7)
print(acc)
bits = 0
for i in range(100000):
    bits ^= i * 2654435761 & 0xFFFFFFFF
print(bits)
digits = 0
for i in range(1, 20001):
    digits += len(str(i * i))
print(digits)
mods = [0] * 7
for i in range(50000):
    mods[(i * i) % 7] += 1
print(mods)
