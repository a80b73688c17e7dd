it = iter([1, 2, 3])
print(next(it))
print(next(it))
print(next(it))
print(next(it, "default"))
print(next(it, None))
s = iter("hi")
print(next(s), next(s), next(s, "<end>"))
r = iter(range(2))
print(next(r), next(r), next(r, -1))
d = iter({"a": 1, "b": 2})
print(next(d), next(d), next(d, "x"))
t = iter((9, 8))
print(list(t), list(t))
it2 = iter([10, 20, 30, 40])
first = next(it2)
rest = list(it2)
print(first, rest)
it3 = iter([1, 2, 3, 4, 5, 6])
pairs = []
for a in it3:
    b = next(it3)
    pairs.append((a, b))
print(pairs)
it4 = iter([1, 2])
print(iter(it4) is it4)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(str(e)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
total = 0
it5 = iter(range(10))
while True:
    v = next(it5, None)
    if v is None:
        break
    total += v
print(total)
