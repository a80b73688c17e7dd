class Config:
    mode = "fast"

    def __init__(self):
        self.level = 3


c = Config()
print(getattr(c, "level"))
print(getattr(c, "mode"))
print(getattr(c, "missing", "default"))
print(getattr(c, "missing", None))
setattr(c, "level", 9)
setattr(c, "new_attr", [1, 2])
print(c.level, c.new_attr)
print(hasattr(c, "level"), hasattr(c, "nope"), hasattr(Config, "level"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
try:
    delattr(c, "new_attr")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
names = ["alpha", "beta", "gamma"]
for i, n in enumerate(names):
    setattr(c, n, i * 10)
print([getattr(c, n) for n in names])
setattr(Config, "shared", "yes")
print(c.shared, Config().shared)
print(getattr(Config, "mode"), getattr(Config(), "level"))
print(getattr(5, "real"), getattr("abc", "upper")())
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
m = getattr(c, "__class__")
print(m.__name__)
