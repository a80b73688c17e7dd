# Class patterns: isinstance, __match_args__, keyword attributes, builtins.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d flat {x},{y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(1, 2, 0), Point3(0, 0, 1), Point3(1, 2, 3), (0, 0), None]:
    print(where(p))


# Builtins match the subject itself with one positional sub-pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if s:
            return f"str {s!r}"
        case str():
            return "empty str"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"


for v in [True, 3, 2.5, "hi", "", b"b", bytearray(b"ba"), [9, 8], [], (1,), {"k": 1}, {"j": 1},
          {1, 2}, frozenset([1]), None, 1j]:
    print(repr(v), kind(v))


# Subclasses of builtins inherit the match-self behaviour.
class MyInt(int):
    pass


match MyInt(7):
    case MyInt(n):
        print("MyInt", n, type(n).__name__)
match MyInt(7):
    case int(n):
        print("int pattern on MyInt", n, type(n).__name__)


# Keyword attributes on any object; missing attributes just fail.
class Anything:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


for obj in [Anything(a=1, b=2), Anything(a=1), Anything(b=2), Anything()]:
    match obj:
        case Anything(a=1, b=b):
            print("a=1 and b", b)
        case Anything(a=a):
            print("just a", a)
        case Anything(b=_):
            print("has b")
        case object():
            print("plain object")

match 5:
    case object(real=r, imag=i):
        print("int attributes through object()", r, i)


# Properties and __getattr__ are used; AttributeError means no match.
class Lazy:
    __match_args__ = ("value",)

    @property
    def value(self):
        print("  computing value")
        return 42

    def __getattr__(self, name):
        if name == "dynamic":
            return "dyn"
        raise AttributeError(name)


match Lazy():
    case Lazy(v, dynamic=d):
        print("Lazy", v, d)
match Lazy():
    case Lazy(missing=m):
        print("wrong")
    case Lazy():
        print("missing attribute fails the pattern")


class Boom:
    @property
    def x(self):
        raise ValueError("boom")


try:
    match Boom():
        case Boom(x=1):
            print("wrong")
except ValueError as e:
    print("other exceptions propagate:", e)


# __match_args__ can be shorter than the positional patterns allow only if given.
class Pair:
    __match_args__ = ("first", "second")

    def __init__(self, a, b):
        self.first, self.second = a, b


match Pair(1, Pair(2, 3)):
    case Pair(a, Pair(b, c)):
        print("nested", a, b, c)
match Pair(1, 2):
    case Pair(1):
        print("fewer positional patterns than __match_args__")

# Dotted class names.
import collections

P = collections.namedtuple("P", "x y")
match P(1, 2):
    case P(x, y):
        print("namedtuple", x, y)
match P(1, 2):
    case (a, b):
        print("namedtuple as sequence", a, b)


class NS:
    Point = Point


match Point(4, 5):
    case NS.Point(x, y):
        print("dotted class", x, y)

# isinstance semantics with inheritance.
match Point3(1, 2, 3):
    case Point(a, b):
        print("subclass matches base pattern", a, b)


# Hot loop so the JIT tiers compile class patterns.
def hot(n):
    total = 0
    pts = [Point(i, i % 3) for i in range(10)] + [Point3(1, 2, 0), 5, "s"]
    for i in range(n):
        match pts[i % len(pts)]:
            case Point3(x, y, z=0):
                total += 100
            case Point(x, 0):
                total += x
            case Point(x=x, y=y) if y == 2:
                total += x * y
            case int(k) | str(k):
                total += 1
            case _:
                total -= 1
    return total


print(hot(2000))
