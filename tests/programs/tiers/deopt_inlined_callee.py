# Small callees that are likely inlined; their argument types change late.
def add(a, b):
    return a + b

def sq(x):
    return x * x

def pick(t, i):
    return t[i]

def run(n, late):
    s = 0
    for i in range(n):
        if i < n - 10:
            s = add(s, sq(i % 10))
        else:
            s = add(s, late)
        if i % (n // 4) == 0:
            print(i, repr(s))
    return s

print(repr(run(8000, 1)))
print(repr(run(8000, 0.5)))
print(repr(run(8000, 2**64)))
print(repr(run(8000, True)))
print(add("a", "b"), add([1], [2]), add((1,), (2,)), sq(1.5), sq(2**40), sq(-3))
lst = list(range(50))
tup = tuple(range(50))
txt = "abcdefghij" * 5
out = []
for i in range(6000):
    src = lst if i < 3000 else (tup if i < 5000 else txt)
    out.append(pick(src, i % 50))
print(out[:5], out[3000:3005], out[5000:5005], len(out))
try:
    for i in range(3000):
        v = add(i, None if i == 2999 else 1)
except TypeError as e:
    print("caught", e, i)

def scale(x):
    return x * 3

res = []
for v in [1] * 2000 + ["ab"] + [2.0] * 10 + [[0]] + [2**62] * 4:
    res.append(scale(v))
print(res[1999:2003], res[-6:-4], res[-1])
