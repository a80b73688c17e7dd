# Class statements that unpack their bases (*) and keywords (**), metaclass
# keywords reaching __prepare__/__new__, and __module__ of functions.
class A: pass
class B: pass
class C(*(A, B), **{"metaclass": type}):
    pass
print(C.__mro__, type(C))
bases = [A]
class D(*bases, B):
    x = 1
print(D.__bases__, D.x)
class M(type):
    def __new__(m, name, bases, ns, **kw):
        print("M.__new__", name, sorted(kw))
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
opts = {"flag": 1}
class E(A, metaclass=M, **opts):
    pass
print(type(E).__name__)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class F(*[Base], **{"tag": "x"}): pass
try:
    class G(**{"metaclass": 20}): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class H(*5): pass
except TypeError as e:
    print("TypeError:", e)
def deco(c):
    c.decorated = True
    return c
@deco
class I(*(A,)): pass
print(I.decorated, I.__mro__)


def plain():
    pass


print(plain.__module__, I.__module__)
plain.__module__ = "elsewhere"
print(plain.__module__)
__name__ = "renamed"


def later():
    pass


class J:
    def method(self):
        pass


print(later.__module__, J.__module__, J.method.__module__)
