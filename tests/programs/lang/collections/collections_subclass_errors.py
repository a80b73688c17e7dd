# collections types used as bases, and their error messages.
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter


class Point(namedtuple("Point", "x y")):
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), p + (1,), sorted([Point(2, 1), Point(1, 5)]), Point._make((0, 0)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    Point._make([1])
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    namedtuple("T", "a a")
except ValueError as e:
    print(e)

d = deque(range(5), maxlen=4)
print(d, d.index(3), d.count(2))
for bad in (lambda: d[10], lambda: d.remove(99), lambda: d.index(99), lambda: d.insert(0, 1),
            lambda: deque(maxlen=-1), lambda: deque() + [1], lambda: deque().popleft(), lambda: d["x"]):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
d2 = deque("abc")
d2 += "de"
d2[0] = "A"
del d2[1]
print(d2, d2 * 2, deque([1, 2]) < deque([1, 3]), d2.copy() == d2, len(deque()))

od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a", last=False)
od.move_to_end("b")
print(od, list(reversed(od)), od.copy(), od | {"z": 1})
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)

dd = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    dd[w] += 1
print(sorted(dd.items()), dd.default_factory, defaultdict(None, a=1))
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)

c = Counter(["x", "y", "x", "z", "x", "y"])
print(c.most_common(), c.most_common(1), +Counter(a=2, b=-1), -Counter(a=2, b=-1))
print(Counter(a=1, b=3) | Counter(a=2), Counter(a=1, b=3) & Counter(a=2, b=1))
del c["nothing"]
c["x"] = 0
print(c, len(c), list(c.elements()))
