# PEP 560 __mro_entries__ in class statements, and typing.NamedTuple used as
# a base class (annotated fields, defaults, extra methods).
from typing import NamedTuple


class Base:
    def hello(self):
        return "hello from Base"


class Stand:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (Base,)


class X(Stand()):
    pass


print([c.__name__ for c in X.__mro__], X().hello(), type(X.__orig_bases__[0]).__name__)


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class Y(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "origin"

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), p._asdict(), Point._fields, Point._field_defaults)
print(p._replace(label="moved"), Point._make([1, 2, "m"]), isinstance(p, tuple), Point.__annotations__)
x, y, label = p
print(x, y, label, p[1], len(p), Point.__name__)
try:
    class Broken(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Clash(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)
Pair = NamedTuple("Pair", [("left", int), ("right", str)])
print(Pair(1, "r"), Pair.__annotations__)
