# A class's __dict__ (and vars(cls)) is a read-only mappingproxy; types.MappingProxyType.
class A:
    x = 1
    def f(self): pass
d = A.__dict__
print(type(d).__name__, d["x"], "f" in d, d.get("y", 0), len(d) > 2, sorted(k for k in d if not k.startswith("__")))
print(repr(type(d)), type(d).__module__)
try:
    d["z"] = 3
except TypeError as e:
    print("TypeError", e)
import types
p = types.MappingProxyType({"a": 1})
print(p, repr(p), p["a"], list(p.items()), p == {"a": 1}, p | {"b": 2}, p.copy())
for bad in ([1], 5):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
print(vars(A)["x"], dict(A.__dict__)["x"])
