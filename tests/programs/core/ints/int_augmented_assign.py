x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 10
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x &= 0xFF
print(x)
x |= 0x100
print(x)
x ^= 0x1FF
print(x)
x /= 4
print(x)
y = -7
y //= 2
print(y)
y = -7
y %= 3
print(y)
z = 2
for i in range(5):
    z *= z
    print(i, z)
lst = [1, 2, 3]
lst[0] += 10
lst[1] *= 5
lst[-1] **= 3
print(lst)
d = {"a": 1}
d["a"] += 1
d["a"] <<= 4
print(d)
n = 0
for i in range(1, 101):
    n += i
print(n)
