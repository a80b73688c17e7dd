# Classes that take over attribute access: __setattr__, __getattribute__
# (falling back to __getattr__), __delattr__, and object's generic versions.


class Logged:
    def __init__(self):
        self.log = []
        object.__setattr__(self, "quiet", True)

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

    def bump(self):
        self.count = self.count + 1


obj = Logged()
obj.count = 0
for _ in range(5):
    obj.bump()
del obj.count
print(obj.log)
print(hasattr(obj, "count"), obj.quiet)


class Virtual:
    def __init__(self):
        self.real = 1

    def __getattribute__(self, name):
        if name.startswith("v_"):
            return name[2:].upper()
        if name == "broken":
            raise AttributeError("broken on purpose")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback for " + name

    def method(self):
        return "method ran"


v = Virtual()
print(v.real, v.v_abc, v.missing, v.broken, v.method())
print(getattr(v, "v_x"), getattr(v, "nothing", "default"))


class Strict:
    __slots_like__ = ("a",)

    def __setattr__(self, name, value):
        if name not in self.__slots_like__:
            raise AttributeError(f"cannot set {name!r}")
        object.__setattr__(self, name, value)


s = Strict()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
print(s.a, hasattr(s, "b"))

try:
    object.__setattr__(s, 5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__delattr__(s, "zz")
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    pass


p = Plain()
p.x = 1
total = 0
for i in range(200):
    p.x = p.x + i
    total += p.x
print(total)
