# Metaclasses: class creation through a metaclass, type.__new__/__init__/__call__,
# __prepare__, inherited metaclasses, conflicts, metaclass attributes and dunders.


def show(f):
    try:
        print(f())
    except Exception as e:
        print("EXC", type(e).__name__, e)


class Tracing(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, len(bases), kw)
        return {"prepared": True}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)


class Widget(metaclass=Tracing, size=3):
    color = "red"

    def area(self):
        return 6


class Button(Widget):
    pass


print(type(Widget).__name__, type(Button).__name__, Widget.tag, Button.tag, Widget.prepared)
print(isinstance(Widget, Tracing), isinstance(Widget, type), issubclass(Tracing, type))
print(Button().area(), Button.__class__ is Tracing, Tracing.__mro__)

Made = Tracing("Made", (Widget,), {"x": 1})
print(Made.x, Made.tag, type(Made) is Tracing, Made.__bases__)


class Counted(type):
    made = []

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        Counted.made.append(type(obj).__name__)
        return obj


class Point(metaclass=Counted):
    def __init__(self, x, y=0):
        self.x, self.y = x, y


p = Point(1, y=2)
q = Point(5)
print(p.x, p.y, q.x, q.y, Counted.made)


class Singleton(type):
    instances = {}

    def __call__(cls, *args):
        if cls not in cls.instances:
            cls.instances[cls] = super().__call__(*args)
        return cls.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name


print(Config("a") is Config("b"), Config("c").name)


class Registry(type):
    names = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.names.append(name)

    def describe(cls):
        return "class " + cls.__name__

    @property
    def upper(cls):
        return cls.__name__.upper()

    def __getattr__(cls, name):
        return "missing " + name


class Plugin(metaclass=Registry):
    pass


class Audio(Plugin):
    pass


print(Registry.names, Audio.describe(), Audio.upper, Audio.nothing_here)
show(lambda: Audio().describe())


class Enumish(type):
    def __iter__(cls):
        return iter(cls.members)

    def __len__(cls):
        return len(cls.members)

    def __getitem__(cls, i):
        return cls.members[i]

    def __contains__(cls, x):
        return x in cls.members

    def __repr__(cls):
        return "<enumish " + cls.__name__ + ">"

    def __or__(cls, other):
        return cls.__name__ + "|" + other.__name__


class Colors(metaclass=Enumish):
    members = ["red", "green"]


class Sizes(metaclass=Enumish):
    members = []


print(list(Colors), len(Colors), Colors[1], "red" in Colors, Colors, [Sizes], Colors | Sizes)
print("truthy" if Sizes else "falsy", bool(Colors))


def function_meta(name, bases, ns):
    print("function_meta", name, bases, sorted(k for k in ns if not k.startswith("__")))
    return 42


class NotAClass(metaclass=function_meta):
    attr = 1


print(NotAClass)


class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:

    class Both(A1, A2):
        pass

except TypeError as e:
    print("TypeError", e)

show(lambda: type("X", (1,), {}))
show(lambda: type.__new__(M1, "Direct", (), {"v": 7}).v)
show(lambda: type(type.__new__(M1, "Direct", (), {})).__name__)
show(lambda: type.__call__(Point, 9).x)
show(lambda: Point.mro())
show(lambda: type.mro())
show(lambda: M1("Plain", (), {}).__class__.__name__)
show(lambda: M1("Plain"))
