# __slots__ restricts which attributes instances may get (unless a class in
# the MRO has no __slots__ or lists __dict__).
class P:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
p = P(); print(p.x)
for f in (lambda: p.y, lambda: setattr(p, "z", 1)):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
p.y = 5; print(p.y)
class Q(P):
    __slots__ = "w"
q = Q(); q.w = 1; q.x = 2
try:
    q.v = 3
except AttributeError as e:
    print("AttributeError", e)
class R(P):
    pass
r = R(); r.anything = 1; print(r.anything)
class S:
    __slots__ = ["a", "__dict__"]
s = S(); s.zz = 1; print(s.zz)
class T:
    __slots__ = ()
try:
    T().a = 1
except AttributeError as e:
    print("AttributeError", e)
class U(T):
    __slots__ = ("b",)
    @property
    def c(self): return 9
    @c.setter
    def c(self, v): print("set c", v)
u = U(); u.b = 1; u.c = 2
for i in range(300):
    pp = P(); pp.y = i
print(pp.y)
