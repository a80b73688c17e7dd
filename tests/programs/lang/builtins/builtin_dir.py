# dir(): module names, instances, classes (with inheritance), builtin types,
# modules, and a user __dir__ (whose result dir() sorts).
import math

top_level_marker = 1
print("top_level_marker" in dir(), "__name__" in dir())


class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    def __init__(self):
        self.own = 2

    def child_method(self):
        pass


c = Child()
names = dir(c)
print(names == sorted(names))
for n in ["own", "base_attr", "base_method", "child_method", "__init__", "__class__", "__dict__", "__module__"]:
    print(n, n in names)
print("own" in dir(Child), "child_method" in dir(Child))
print([n for n in dir(Child) if not n.startswith("__")])
print(dir(object) == sorted(dir(object)), "__repr__" in dir(object))
print("append" in dir(list), "keys" in dir({}), "upper" in dir("s"), "bit_length" in dir(5))
print("sqrt" in dir(math), "pi" in dir(math))


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Custom()))
print("zeta" in dir(Custom))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
