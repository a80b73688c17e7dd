# User-defined descriptors: __get__/__set__/__delete__, data vs non-data
# precedence against the instance dict, access through the class, __set_name__.

class Logged:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.key = "_" + name

    def __get__(self, obj, objtype):
        if obj is None:
            print("class access on", objtype.__name__)
            return self
        print("get", self.key)
        return getattr(obj, self.key, "unset")

    def __set__(self, obj, value):
        print("set", self.key, value)
        setattr(obj, self.key, value * 2)

    def __delete__(self, obj):
        print("delete", self.key)
        delattr(obj, self.key)


class Constant:
    """A non-data descriptor: the instance dict wins over it."""

    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype):
        return ("const", self.value, obj is None)


class Point:
    x = Logged()
    y = Logged()
    label = Constant("p")

    def __init__(self, x):
        self.x = x


p = Point(3)
print(p.x)
print(p.y)
p.y = 10
print(p.y)
del p.x
print(p.x)
print(type(Point.x).__name__)
print(p.label)
print(Point.label)
p.label = "mine"
print(p.label)
del p.label
print(p.label)
print(sorted(k for k in vars(p)))


class Sub(Point):
    pass


s = Sub(5)
print(s.x)


class ReadOnly:
    def __get__(self, obj, objtype):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")


class Holder:
    answer = ReadOnly()


h = Holder()
try:
    h.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
print(h.answer)
h.__dict__["answer"] = 7
print(h.answer)
