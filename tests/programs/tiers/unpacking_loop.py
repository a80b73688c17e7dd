# Tuple unpacking and swapping in hot loops, with element types that change.
a, b = 0, 1
for i in range(90):
    a, b = b, a + b
print("fib", a, b)
pairs = [(i, i * i) for i in range(100)]
s = 0
for rep in range(50):
    for x, y in pairs:
        s += y - x
print("s", s)
triples = [(i, float(i), str(i)) for i in range(500)]
ti = 0
tf = 0.0
ts = 0
for i, f, st in triples:
    ti += i
    tf += f
    ts += len(st)
print(ti, repr(tf), ts)
x, y, z = 1, 2, 3
for i in range(3000):
    x, y, z = z, x, y
    if i == 1500:
        x = 0.5
print(x, y, z)
first, *rest = list(range(10))
*init, last = "abcdef"
print(first, rest, init, last)
acc = 0
for i in range(2000):
    p, (q, r) = i, (i % 3, i % 5)
    acc += p * q - r
print("acc", acc)
d = {i: (i, -i) for i in range(300)}
tot = 0
for k, (u, v) in d.items():
    tot += k + u * v
print("tot", tot)
m = [[1, 2], [3, 4]]
for i in range(1000):
    (a, b), (c, e) = m
    m = [[e, c], [b, a]]
print(m)
swaps = list(range(10))
for i in range(5000):
    j = (i * 7) % 10
    k = (i * 3) % 10
    swaps[j], swaps[k] = swaps[k], swaps[j]
print(swaps)
