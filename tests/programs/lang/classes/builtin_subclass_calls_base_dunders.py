# Subclasses of dict, list, str and int call the base type's dunders
# explicitly (dict.__setitem__(self, ...)): they act on the builtin contents
# instead of dispatching back to the override.
class D(dict):
    def __repr__(self): return "D" + dict.__repr__(self)
    def __eq__(self, o): return dict.__eq__(self, o)
    def __ne__(self, o): return dict.__ne__(self, o)
    def __getitem__(self, k): return dict.__getitem__(self, k) * 2
    def __setitem__(self, k, v): dict.__setitem__(self, k, v + 1)
    def __delitem__(self, k): print("del", k); dict.__delitem__(self, k)
    def __iter__(self): return dict.__iter__(self)
    def __len__(self): return dict.__len__(self) + 100
    def __contains__(self, k): return dict.__contains__(self, k)
d = D(a=1); print(repr(d), d == {"a": 1}, d != {"a": 1}, dict.__eq__(d, {"a": 2}))
d["b"] = 5; print(d["b"], list(d), len(d), "b" in d, "z" in d)
del d["b"]; print(d, super(D, d).__len__())
class L(list):
    def __getitem__(self, i): return list.__getitem__(self, i) + 1
    def __len__(self): return list.__len__(self) * 10
    def __eq__(self, o): return list.__eq__(self, o)
    def __lt__(self, o): return list.__lt__(self, o)
    def __add__(self, o): return L(list.__add__(self, o))
    def __iter__(self): return list.__iter__(self)
l = L([1, 2]); print(l[0], len(l), l == [1, 2], l < [1, 3], l + [3], type(l + [3]).__name__, list(l))
class S(str):
    def __eq__(self, o): return str.__eq__(self, o)
    def __hash__(self): return str.__hash__(self)
    def __add__(self, o): return S(str.__add__(self, o))
s = S("x"); print(s == "x", s + "y", {s: 1}["x"])
class I(int):
    def __add__(self, o): return I(int.__add__(self, o))
    def __eq__(self, o): return int.__eq__(self, o)
    def __hash__(self): return int.__hash__(self)
    def __lt__(self, o): return int.__lt__(self, o)
print(I(1) + 2, type(I(1) + 2).__name__, I(3) == 3, I(2) < 3, hash(I(5)))


class Init(dict):
    def __init__(self, *a, **k):
        dict.__init__(self, *a, **k)
        dict.update(self, extra=True)


print(Init([("a", 1)], b=2))


class LInit(list):
    def __init__(self, it):
        list.__init__(self, it)
        list.append(self, "end")


print(LInit("ab"), list.__len__(LInit("xyz")))
