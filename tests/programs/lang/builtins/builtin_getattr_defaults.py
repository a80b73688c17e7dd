class Settings:
    theme = "dark"

    def __init__(self):
        self.font = "mono"


s = Settings()
keys = ["theme", "font", "size", "color"]
for k in keys:
    print(k, getattr(s, k, "<unset>"), hasattr(s, k))
setattr(s, "size", 12)
print(getattr(s, "size", 0))
for k in ["font", "size"]:
    delattr(s, k)
print([hasattr(s, k) for k in keys])
print(getattr(s, "font", None) is None)
opts = {"verbose": True, "level": 3}
for name, value in opts.items():
    setattr(s, name, value)
print(s.verbose, s.level)
print(getattr(s, "theme"), getattr(Settings, "theme"))
try:
    delattr(s, "theme")
except AttributeError as e:
    print("AttributeError:", e)
delattr(Settings, "theme")
print(hasattr(s, "theme"), getattr(s, "theme", "gone"))
methods = [m for m in ["upper", "lower", "nope", "strip"] if hasattr("str", m)]
print(methods)
print([getattr("Hello", m)() for m in methods])
print(getattr([], "append", None) is not None)
print(getattr(None, "x", "none-default"))


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError("no dynamic attr " + name)


d = Dynamic()
print(d.get_value(), getattr(d, "get_x")())
print(hasattr(d, "other"), getattr(d, "other", "fallback"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
