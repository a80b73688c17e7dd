# Builtin constructors that take no keyword arguments reject them;
# subclasses with their own __init__ still receive the keywords there.
calls = [
    lambda: range(stop=3),
    lambda: range(0, **{"stop": 2}),
    lambda: range(0, 5, step=2),
    lambda: list(iterable=[1]),
    lambda: tuple(iterable=(1,)),
    lambda: float(x="1.5"),
    lambda: bool(x=1),
    lambda: set(iterable=[1]),
    lambda: frozenset(iterable=[1]),
    lambda: slice(stop=3),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

print(list(range(*(1, 7), *(2,))), tuple(range(3)), float("2.5"), bool(0))


class Pair(tuple):
    def __init__(self, items, tag=None):
        self.tag = tag


p = Pair((1, 2), tag="t")
print(p, p.tag)


class Tagged(list):
    def __init__(self, items, *, tag):
        super().__init__(items)
        self.tag = tag


t = Tagged([3, 4], tag="x")
print(t, t.tag)
try:
    class Plain(frozenset):
        pass
    Plain(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
