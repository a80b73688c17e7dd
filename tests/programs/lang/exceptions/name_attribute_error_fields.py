# NameError.name, AttributeError.name and .obj: set for lookups that fail,
# filled in for AttributeErrors raised by __getattr__, and given by keyword.


class Lazy:
    def __repr__(self):
        return "<Lazy>"

    def __getattr__(self, name):
        if name.startswith("ok"):
            return name
        raise AttributeError(f"no {name} here")


try:
    missing_variable
except NameError as e:
    print(repr(e.name), e)
try:
    [].missing_method
except AttributeError as e:
    print(repr(e.name), repr(e.obj))
lazy = Lazy()
print(lazy.ok_value)
try:
    lazy.other
except AttributeError as e:
    print(repr(e.name), repr(e.obj), e)
try:
    getattr(lazy, "third")
except AttributeError as e:
    print(repr(e.name), repr(e.obj))
print(NameError("plain").name, AttributeError("plain").name, AttributeError("plain").obj)
made = AttributeError("made", name="field", obj=42)
print(made.name, made.obj, made.args)
print(NameError("n", name="thing").name)
for cls, kw in ((AttributeError, {"bad": 1}), (NameError, {"obj": 1}), (ValueError, {"name": 1})):
    try:
        cls("x", **kw)
    except TypeError as e:
        print("TypeError", e)
