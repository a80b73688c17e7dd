# User __setattr__, __delattr__ and __getattribute__ hooks, and the generic
# object.__setattr__/__delattr__/__getattribute__ they delegate to.

class Audited:
    def __init__(self, owner):
        self.owner = owner

    def __setattr__(self, name, value):
        print("set", name, repr(value))
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


a = Audited("ann")
a.level = 3
print(a.owner, a.level)
try:
    a._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
del a.level
print(hasattr(a, "level"))
try:
    del a.level
except AttributeError as e:
    print("AttributeError:", e)
setattr(a, "via_setattr", [1])
delattr(a, "via_setattr")


class Child(Audited):
    pass


c = Child("bob")
c.extra = 2.5
print(sorted(vars(c).items()))


class Lazy:
    table = {"alpha": 1, "beta": 2}

    def __getattribute__(self, name):
        if name in type(self).table:
            return type(self).table[name] * 100
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "missing:" + name


z = Lazy()
z.gamma = 3
print(z.alpha, z.beta, z.gamma, z.delta)
print(getattr(z, "alpha"), hasattr(z, "anything"))


class Strict:
    def __getattribute__(self, name):
        if name == "forbidden":
            raise AttributeError("no " + name)
        return super().__getattribute__(name)


s = Strict()
s.ok = 1
print(s.ok, getattr(s, "forbidden", "default"))
try:
    s.forbidden
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__setattr__(s, 5, 1)
except TypeError as e:
    print("TypeError:", e)
