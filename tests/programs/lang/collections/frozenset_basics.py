f = frozenset([3, 1, 2, 3])
print(f, len(f))
print(frozenset(), repr(frozenset()))
print(frozenset({1, 2}))
print(2 in f, 9 in f)
print(sorted(f | {10}), type(f | {10}).__name__)
print(sorted({10} | f), type({10} | f).__name__)
print(f | {4}, {0} | f)
print(f & frozenset([1, 7]), f - {1}, f ^ {1, 9})
print(f == {1, 2, 3}, f == frozenset([1, 2, 3]))
print(hash(f) == hash(frozenset([1, 2, 3])))
d = {f: "first", frozenset(): "empty"}
print(d[frozenset([2, 1, 3])], d[frozenset()])
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(s))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
print(f.union([4]), f.issubset(range(5)), f.issuperset([1]))
print(sorted(f), list(sorted(frozenset("cab"))))
print(frozenset(range(3)) <= frozenset(range(4)))
groups = {}
for word in ["ant", "tan", "nat", "bat", "tab"]:
    key = frozenset(word)
    groups.setdefault(key, []).append(word)
print(sorted(sorted(v) for v in groups.values()))
print(isinstance(f, frozenset), isinstance(f, set))
print(f.copy() == f)
