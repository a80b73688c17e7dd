# Subclasses of the builtin iterators (map, zip, filter, enumerate, reversed) iterate
# as their base and are their own iterators; next() rejects coroutines.
class mymap(map):
    pass
m = mymap(lambda x: x + 10, range(4))
print(list(m))
class Numbered(enumerate):
    def labels(self):
        return [f"{i}:{v}" for i, v in self]
n = Numbered("abc", 1)
print(type(n).__name__, iter(n) is n, next(n), n.labels(), isinstance(n, enumerate))
class Z(zip):
    pass
print(list(Z([1, 2], "ab")), list(filter.__new__(filter, None, [0, 1, 2])) if False else "")
class F(filter):
    def __init__(self, *args):
        self.note = "filtered"
f = F(None, [0, 1, 2, 0, 3])
print(f.note, list(f))
class R(reversed):
    pass
print(list(R([1, 2, 3])))
for i, (a, b) in Numbered(Z("xy", "pq")):
    print(i, a, b)


async def coro():
    pass


c = coro()
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
c.close()
