# List/dict/set comprehensions and generator expressions inside hot loops.
tot = 0
for i in range(400):
    xs = [j * i for j in range(20) if j % 3]
    tot += sum(xs) + len(xs)
print("list", tot)
dcount = 0
for i in range(300):
    d = {j: j * j for j in range(i % 30)}
    dcount += len(d) + sum(d.values())
print("dict", dcount)
sizes = []
for i in range(300):
    s = {(j * i) % 17 for j in range(40)}
    sizes.append(len(s))
print("set", sum(sizes), sizes[:20], sorted({(k * 5) % 13 for k in range(100)}))
g = 0
for i in range(500):
    g += sum(x * x for x in range(i % 25))
print("gen", g)
nested = [[i * j for j in range(6)] for i in range(6)]
flat = [v for row in nested for v in row if v % 2 == 0]
print(nested[5], flat[:10], len(flat))
mixed = [x if x % 2 else float(x) for x in range(10)]
print(mixed, sum(mixed))
strs = [str(x) * (x % 3) for x in range(12)]
print(strs)
transposed = [[row[i] for row in nested] for i in range(6)]
print(transposed[1])
k = 10

def use_k():
    return [x + k for x in range(3)]

res = []
for i in range(2000):
    if i % 500 == 0:
        k = i
        res.append(use_k())
print(res)
cond = [(a, b) for a in range(5) for b in range(a) if (a + b) % 2]
print(cond)
big = [x * 2**62 for x in range(-3, 4)]
print(big, sum(big), [x // 2**61 for x in big])
