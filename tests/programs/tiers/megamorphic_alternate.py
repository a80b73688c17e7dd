# Types that alternate on every iteration (never monomorphic).
vals = [1, 1.5, "s", [1], (2,), None, True, 2**70]

def weight(v):
    if v is None:
        return 0
    if isinstance(v, bool):
        return 2
    if isinstance(v, int):
        return v % 1000
    if isinstance(v, float):
        return int(v * 10)
    return len(v) * 3

acc = 0
for i in range(8000):
    v = vals[i % len(vals)]
    acc += weight(v)
    if i % 1000 == 0:
        print(i, acc)
print("acc", acc)

def double(v):
    return v * 2

res = []
for i in range(4000):
    r = double(vals[i % 5])
    if i >= 3990:
        res.append(r)
print(res)
x = 0
for i in range(6000):
    x = x + 1 if i % 2 == 0 else x + 0.5
    x = int(x) if i % 3 == 0 else x
print(repr(x))
t = 0
for i in range(5000):
    v = i if i % 4 == 0 else (float(i) if i % 4 == 1 else (i * 2**64 if i % 4 == 2 else -i))
    t += v > 2000
    t += v == 4000
print("t", t)
strs = []
for i in range(3000):
    v = vals[i % 8]
    if i % 401 == 0:
        strs.append(str(v))
print(strs)
