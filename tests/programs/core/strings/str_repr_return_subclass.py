# str()/repr() hand back the str-subclass object a user __str__/__repr__ returned;
# non-str results are a TypeError.
class S(str):
    pass
class W:
    def __init__(self, v): self.v = v
    def __str__(self): return self.v
class R:
    def __init__(self, v): self.v = v
    def __repr__(self): return self.v
s = S("abc")
print(str(W(s)) is s, type(str(W(s))).__name__, str(R(s)) is s, repr(R(s)) == "abc", type(repr(R(s))).__name__)
print(f"{W(s)}", "%s|%r" % (W(s), R(s)), [R(s)], format(W(s)))
class Bad:
    def __str__(self): return 5
try:
    str(Bad())
except TypeError as e:
    print(e)
class E(Exception):
    def __str__(self): return S("err")
print(str(E()), type(str(E())).__name__)
