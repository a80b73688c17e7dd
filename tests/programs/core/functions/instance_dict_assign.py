# Assigning and deleting an instance's __dict__.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(1, -2)
print(sorted(p.__dict__.items()), p.norm1())
p.__dict__ = {"x": 10, "y": 20, "label": "moved"}
print(p.x, p.y, p.label, p.norm1())
print(sorted(vars(p)))

del p.__dict__
print(p.__dict__)
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x, p.y = 3, 4
print(p.norm1(), p.__dict__)

for bad in (5, [("x", 1)], None):
    try:
        p.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)


class D(dict):
    pass


q = Point(0, 0)
q.__dict__ = D(x=7, y=8)
print(q.x + q.y)

# Copying another instance's attributes.
r = Point(0, 0)
r.__dict__ = p.__dict__.copy()
print(r.x, r.y)

# A shadowing instance attribute that names a method.
s = Point(1, 1)
s.__dict__ = {"x": 1, "y": 1, "norm1": lambda: "instance attr"}
print(s.norm1())


class Slotted:
    __slots__ = ("a",)


try:
    Slotted().__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)

import functools

part = functools.partial(max, 1)
try:
    del part.__dict__
except TypeError as e:
    print("TypeError:", e)
print(part(5), part(0))
