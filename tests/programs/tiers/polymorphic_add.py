# One + site seeing int, float, bigint, str, list and tuple operands in phases.
def plus(a, b):
    return a + b

def summarize(v):
    if isinstance(v, (list, tuple, str)):
        return (type(v).__name__, len(v))
    return (type(v).__name__, v if not isinstance(v, float) else repr(v))

phases = [
    (0, 1),
    (0.0, 0.25),
    (2**62, 2**62),
    ("", "ab"),
    ([], [1]),
    ((), (0,)),
    (True, True),
    (-1, 1.5),
]
for start, step in phases:
    acc = start
    for i in range(1500):
        acc = plus(acc, step)
    print(summarize(acc))

vals = [1, 2.5, 2**65, -3, 0.5, True, -(2**65)]
tot = 0
for i in range(5000):
    tot = plus(tot, vals[i % len(vals)])
print(repr(tot))
a = 1
b = 2
out = []
for i in range(4000):
    if i == 1000:
        b = 2.0
    if i == 2000:
        a, b = "x", "y"
    if i == 3000:
        a, b = [i], []
    c = a + b
    if i % 500 == 0:
        out.append(c)
print(out)
m = 3
for i in range(3000):
    m = m * 1 if i != 1500 else m * 1.0
    m = -m
print(repr(m))
x = 7
for i in range(4000):
    x = x - 1 + 1
    if i == 2000:
        x = x - 0.0
print(repr(x))
