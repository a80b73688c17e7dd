s = 0.0
for i in range(1, 100001):
    s += 1.0 / (i * i)
print(repr(s))
h = 0.0
for i in range(1, 100001):
    h += 1.0 / i
print(repr(h))
alt = 0.0
sign = 1.0
for k in range(100000):
    alt += sign / (2 * k + 1)
    sign = -sign
print(repr(alt), repr(4 * alt))
x = 0.5
for i in range(100000):
    x = 3.7 * x * (1 - x)
print(repr(x))
m = 1.0
for i in range(1000):
    m = m * 1.001 + 0.0001
print(repr(m))
