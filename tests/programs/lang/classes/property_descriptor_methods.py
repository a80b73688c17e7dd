# property.__get__/__set__/__delete__ called directly (with CPython's messages when a
# function is missing), settable __doc__, getter/setter/deleter(None) keeping the old
# function, and X.__new__(Y) rejecting a Y that is not a subtype of X.
p0 = property()
for f in [lambda: p0.__get__((), tuple), lambda: p0.__set__((), 1), lambda: p0.__delete__(()),
          lambda: property.__new__(object), lambda: int.__new__(str), lambda: list.__new__(dict)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
p = property(lambda x: x[0])
print(p.__get__((2,), tuple), p.__get__((2,)), p.__get__(None, tuple) is p)
p.__doc__ = "222"
print(p.__doc__)
p1 = property("a", "b", "c")
print(p1.getter(None).fget, p1.setter(None).fset, p1.deleter(None).fdel, p1.getter(1).fget)


class C:
    def __init__(self):
        self.v = 0

    def get(self):
        return self.v

    def set(self, v):
        self.v = v

    x = property(get, set, None, "the x")


c = C()
C.x.__set__(c, 5)
print(C.x.__get__(c), C.x.__doc__, C.x.__get__(c, C))
try:
    C.x.__delete__(c)
except AttributeError as e:
    print(e)
