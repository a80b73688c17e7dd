# One attribute site seeing instances of sibling classes laid out alike:
# compiled code reads the hinted entry for any class without attribute hooks
# or data descriptors, and must still honour those that have them, including
# hooks and descriptors added in the middle of a hot loop.
class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2


class Plain1(Base):
    pass


class Plain2(Base):
    pass


class Logged(Base):
    def __getattribute__(self, name):
        r = object.__getattribute__(self, name)
        return r + 1000 if name == "v" else r


class Guarded(Base):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10 if name == "w" else value)


class Described(Base):
    pass


class Upper:
    """A data descriptor that is not a property."""

    def __get__(self, obj, owner=None):
        return -obj.__dict__["v"] if obj is not None else self

    def __set__(self, obj, value):
        obj.__dict__["v"] = value + 1


def total(objs, rounds):
    t = 0
    for _ in range(rounds):
        for o in objs:
            t += o.v + o.w
    return t


def bump(objs, rounds):
    for _ in range(rounds):
        for o in objs:
            o.w = o.w % 97 + 1
            o.v = o.v % 89 + 1
    return [(o.v, o.w) for o in objs]


objs = [Plain1(1), Plain2(2), Plain1(3), Plain2(4)]
print(total(objs, 300))
print(bump(objs, 300))
objs.append(Logged(5))
print(total(objs, 300))
objs.append(Guarded(6))
print(bump(objs, 300))
print(total(objs, 300))
d = Described(7)
Described.v = Upper()  # a data descriptor over an attribute already in the instance's table
objs.append(d)
print(total(objs, 300), d.__dict__)
print(bump(objs, 50))


# Hooks added to a sibling class while the loop is hot.
class Late1(Base):
    pass


class Late2(Base):
    pass


late = [Late1(1), Late2(2)]


def watch(objs, n):
    t = 0
    for i in range(n):
        if i == n // 2:
            Late2.__getattribute__ = lambda self, name: 7 if name == "w" else object.__getattribute__(self, name)
        for o in objs:
            t += o.w
    return t


print(watch(late, 400))


def store(objs, n):
    for i in range(n):
        if i == n // 2:
            Late1.__setattr__ = lambda self, name, value: object.__setattr__(self, name, -value)
        for o in objs:
            o.v = i
    return [o.__dict__["v"] for o in objs]


print(store(late, 400))


# A property added to a base class over an attribute every sibling has.
class Root:
    def __init__(self):
        self.x = 1


class Leaf1(Root):
    pass


class Leaf2(Root):
    pass


leaves = [Leaf1(), Leaf2(), Leaf1()]


def read_x(objs, n):
    t = 0
    for i in range(n):
        if i == n // 2:
            Root.x = property(lambda self: 100)
        for o in objs:
            t += o.x
    return t


print(read_x(leaves, 400))
