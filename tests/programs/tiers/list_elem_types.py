# A list whose element types change: ints, then a float, then a str.
def total(xs):
    s = 0
    for x in xs:
        if isinstance(x, str):
            s += len(x)
        else:
            s += x
    return s

xs = [i % 11 for i in range(2000)]
for round_ in range(6):
    if round_ == 2:
        xs[1000] = 0.25
    if round_ == 3:
        xs[1500] = "hello"
    if round_ == 4:
        xs[1000] = 2**70
    if round_ == 5:
        xs = [float(x) if isinstance(x, int) and x < 100 else x for x in xs]
    t = total(xs)
    print(round_, type(t).__name__, repr(t))

def plus_all(xs, k):
    out = []
    for x in xs:
        out.append(x + k)
    return out

base = list(range(1500))
r1 = plus_all(base, 1)
print(r1[:5], r1[-1], sum(r1))
base[700] = 0.5
r2 = plus_all(base, 1)
print(r2[699:702], repr(sum(r2)))
strs = [str(i) for i in range(1500)]
r3 = plus_all(strs, "!")
print(r3[:3], r3[-1], len("".join(r3)))
mixed = [1, 2.5, True, 2**65, -3, False, 0.0]
acc = []
for rep in range(300):
    acc = plus_all(mixed, rep % 3)
print(acc)
m = [1, 2, 3]
for i in range(3000):
    m[i % 3] = m[i % 3] * 2 if i < 1500 else m[i % 3] // 2
    if i == 2000:
        m.append("tail")
print(m[0].bit_length(), m[1] % 1000, m[3:])
