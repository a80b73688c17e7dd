s = {3, 1, 2}
print(s, len(s))
print(set(), repr(set()), len(set()))
print({1, 1, 2, 2, 3})
e = set()
e.add(5)
e.add(5)
e.add(1)
print(e)
e.remove(5)
print(e)
try:
    e.remove(42)
except KeyError as err:
    print("KeyError", err)
e.discard(42)
e.discard(1)
print(e, len(e), bool(e))
t = set([4, 4, 5])
print(t, 4 in t, 6 in t, 6 not in t)
print(set(range(5)))
print(set("aab") == {"a", "b"})
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3})
print(sorted({"pear", "apple", "fig"}))
total = 0
for v in {10, 20, 30}:
    total += v
print(total)
c = {1, 2, 3}
d = c.copy()
d.add(4)
print(c, d)
c.clear()
print(c)
u = {1, 2}
u.update([3, 4], (5,))
print(u)
print(sorted({-1, 5, -10, 3}))
print({True, 1, 1.0}, {0, False})
print(type({1}).__name__, type({}).__name__)
