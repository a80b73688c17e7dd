# An int grows past 2**63 inside a hot loop and later shrinks back below it.
def grow_shrink(n):
    v = 1
    chk = 0
    for i in range(n):
        if i < n // 2:
            v = v * 3 + 1
        else:
            v = v // 3
        if i % 10 == 0:
            print(i, v.bit_length(), v % 1000003, v > 2**63, v > 2**64)
        chk = (chk + v) % 998244353
    return v, chk

print(grow_shrink(120))
print(grow_shrink(90))

def add_cross(start, k, step):
    x = start
    out = []
    for i in range(k):
        x += step
        out.append(x)
    return out

lim = 2**63 - 1
vals = add_cross(lim - 5, 10, 1)
for v in vals:
    print(v, v - lim, v.bit_length())
vals = add_cross(-lim + 3, 10, -1)
for v in vals:
    print(v, v + lim, v.bit_length())
s = 0
for i in range(3000):
    s += lim
    s -= lim - 1
print("s", s)
t = lim
for i in range(2000):
    t = t + (1 if i % 2 == 0 else -1) * (2**64)
    if i % 500 == 0:
        print("t", i, t)
print("t end", t, t == lim)
