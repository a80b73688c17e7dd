a = [1, [2, 3], "four"]
b = a.copy()
c = a[:]
d = list(a)
a[1].append(99)
a.append(5)
print(a)
print(b)
print(c)
print(d)
print(a[1] is b[1], a is b)
b.reverse()
print(b)
rev = []
for x in reversed(a):
    rev.append(x)
print(rev)
print(list(reversed([])), list(reversed([1])))
e = [1, 2, 3]
f = e
e.clear()
print(e, f)
g = [1, 2, 3]
h = g
g = []
print(g, h)
big = list(range(100))
big.reverse()
print(big[:5], big[-5:], len(big))
big.clear()
print(big)
