a = 3.5
b = 1.25
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, abs(-a))
print(0.1 + 0.2)
print(0.1 * 3)
print(1.1 * 1.1)
print(1 - 0.9)
print(100 * 1.1)
print(2.0 ** 10)
print(2.0 ** -1)
print(2.0 ** 0.5)
print((-8.0) ** 2)
print(10.0 ** 20)
print(10.0 ** -20)
print(1e10 + 1)
print(1e16 + 1)
print(1e16 + 2)
print(0.1 + 0.7)
print(3.0 * 1.1)
print(1 / 3 * 3)
print(7.0 / 2.0)
print(1.0 / 3.0 + 1.0 / 3.0 + 1.0 / 3.0)
s = 0.0
for i in range(10):
    s += 0.1
print(s)
print(s == 1.0)
x = 1.0
x *= 2.5
x -= 0.25
x /= 3
x **= 2
print(x)
print(4.0 == 4)
print(1e-300 * 1e-300)
print(1e300 * 1e10)
print(0.1 ** 2)
print(1.0e0)
