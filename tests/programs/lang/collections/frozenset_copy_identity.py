# frozenset.copy() returns the same (immutable) object; set.copy() a new one.
f = frozenset([3, 1, 2])
g = f.copy()
print(g is f, g == f, sorted(g))
s = {1, 2}
t = s.copy()
print(t is s, t == s)
t.add(3)
print(sorted(s), sorted(t))


class Tagged(frozenset):
    pass


c = Tagged([5]).copy()
print(type(c).__name__, c, c == {5})
print(frozenset().copy() is frozenset().copy(), type(f.difference()).__name__)
