# New instance attributes set in the same order at the same site append
# without a lookup; anything that changes what the store means (a property,
# __slots__, __setattr__, an attribute already there, another order, a
# deleted attribute) must still be honoured mid-loop.


class P:
    def __init__(self, x, y, first=None):
        if first is not None:
            self.y = first
        self.x = x
        self.y = y


def build(n, start=0):
    out = []
    for i in range(start, start + n):
        p = P(i, i * 2, first=-1 if i % 7 == 3 else None)
        out.append(p)
    return out


ps = build(300)
print(sum(p.x + p.y for p in ps), list(vars(ps[3])), list(vars(ps[4])))

# An attribute added through setattr with a str built at run time, then the
# same name stored by the site: one entry, not two.
q = P.__new__(P)
setattr(q, "".join(["x"]), 5)
P.__init__(q, 1, 2)
print(vars(q))


def fill(objs):
    for o in objs:
        o.a = 1
        o.b = 2
        o.c = 3
    return [sorted(vars(o).items()) for o in objs[:2]] + [sorted(vars(objs[-1]).items())]


class Plain:
    pass


objs = [Plain() for _ in range(200)]
print(fill(objs)[:1])
objs = [Plain() for _ in range(200)]
for o in objs[150:]:
    o.b = 0
print(fill(objs)[-1], list(vars(objs[-1])))
objs = [Plain() for _ in range(200)]
for o in objs[100:]:
    o.z = 9
    del o.z
print(fill(objs)[-1], list(vars(objs[-1])))

# A property appears on the class mid-run: the store must call its setter.
log = []
objs = [Plain() for _ in range(200)]


def setter(self, v):
    log.append(v)


for k, o in enumerate(objs):
    if k == 120:
        Plain.b = property(lambda self: "prop", setter)
    o.a = k
    o.b = k
print(len(log), log[:3], objs[150].b, objs[10].b)
del Plain.b

# __setattr__ defined mid-run.
seen = []
objs = [Plain() for _ in range(200)]
for k, o in enumerate(objs):
    if k == 90:
        Plain.__setattr__ = lambda self, n, v: seen.append((n, v))
    o.a = k
    o.b = k
print(len(seen), seen[:2], vars(objs[50]), vars(objs[150]))
del Plain.__setattr__


# __slots__ classes share the site's code with dict classes.
class S:
    __slots__ = ("a",)


class D:
    pass


def store_a_b(o):
    o.a = 1
    o.b = 2


for k in range(300):
    o = D() if k % 3 else S()
    try:
        store_a_b(o)
        r = vars(o)
    except AttributeError as e:
        r = str(e)
    if k < 4 or k > 296:
        print(k, r)


# A method of the class hidden by an instance attribute.
class M:
    def f(self):
        return "method"


ms = [M() for _ in range(100)]
for k, m in enumerate(ms):
    if k >= 60:
        m.f = lambda: "attr"
print(ms[10].f(), ms[70].f(), "f" in vars(ms[70]), "f" in vars(ms[10]))
