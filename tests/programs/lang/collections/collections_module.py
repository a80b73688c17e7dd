# The collections module: namedtuple, deque, OrderedDict, defaultdict, Counter.
import collections
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p._asdict(), P._fields, P._make([3, 4]), p._replace(y=7))
try:
    P(1)
except TypeError as e:
    print(e)
Q = namedtuple("Q", ["a", "b", "c"], defaults=[5, 6])
print(Q(1), Q(1, 2, 3), Q._field_defaults)
for bad in ("1a", "class", "_x", "a a"):
    try:
        namedtuple("T", ["a", bad])
    except ValueError as e:
        print(e)
print(namedtuple("R", "abc def _1", rename=True)._fields)
d = deque([1, 2, 3], maxlen=3)
d.append(4); d.appendleft(0); print(d, d.maxlen, len(d), d[0], d[-1], 2 in d)
d.rotate(1); print(d); d.rotate(-2); print(d)
print(d.pop(), d.popleft(), d)
try:
    deque().pop()
except IndexError as e:
    print(e)
e = deque(); e.extend("ab"); e.extendleft("cd"); print(e, list(reversed(e)), e == deque("dcab"))
od = OrderedDict(); od["b"] = 1; od["a"] = 2; od.move_to_end("b"); print(od, od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
dd = defaultdict(list); dd["x"].append(1); dd["y"]; print(dd, dd["x"], dict(dd))
c = Counter("abracadabra"); print(c, c.most_common(2), c["z"], sorted(c.elements())[:4], c.total())
c.update("zz"); c.subtract({"a": 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter("ab") == Counter("ba"), repr(Counter()), repr(OrderedDict()), repr(deque()))
print(isinstance(c, dict), type(od).__name__, collections.deque is deque)
