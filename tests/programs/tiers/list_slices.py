# List slicing, slice assignment and deletion inside hot loops.
xs = list(range(100))
for i in range(2000):
    xs = xs[1:] + xs[:1]
print(xs[:10], xs[-3:])
acc = 0
for i in range(3000):
    a = i % 100
    b = (i * 7) % 100
    seg = xs[min(a, b):max(a, b)]
    acc += len(seg) + (seg[0] if seg else -1)
print("acc", acc)
ys = list(range(50))
for i in range(500):
    ys[i % 10:i % 10 + 3] = [ys[i % 10 + 2], ys[i % 10 + 1], ys[i % 10]]
print(ys[:15], sum(ys))
zs = list(range(1000))
while len(zs) > 10:
    del zs[::3]
print(zs)
print(xs[::-7][:5], xs[5:50:9], xs[-1:-10:-3], xs[100:], xs[-200:2])
grow = []
for i in range(1000):
    grow[len(grow):] = [i, -i]
    if len(grow) > 60:
        grow[10:50] = []
print(len(grow), grow[:6], grow[-4:])
m = [0] * 20
for i in range(4000):
    m[i % 20] += 1 if i < 2000 else 0.5
print(m[:3], repr(sum(m)))
t = tuple(range(30))
tot = 0
for i in range(2000):
    tot += sum(t[i % 10:i % 10 + 5]) + len(t[::i % 5 + 1])
print("tot", tot)
s = "abcdefghijklmnopqrstuvwxyz"
r = []
for i in range(26):
    r.append(s[i:] + s[:i])
print(r[3], r[25], s[::-2], s[3:-3:4])
nested = [[i, i * 2] for i in range(10)]
copy = nested[:]
copy[0] = "x"
copy[1][0] = 99
print(nested[:2], copy[:2])
