# Class statements with *bases and **keywords, and function __module__ following
# the defining module's __name__.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


bases = (A, B)
opts = {"metaclass": type}


class C(*bases, **opts):
    pass


print(C.__mro__ == (C, A, B, object), C().who())


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(kw))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


extra = {"flavour": "mint"}


class D(B, *[A], metaclass=Meta, **extra):
    pass


print(type(D).__name__, D().who())


class Tracked:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class E(*(Tracked,), **{"tag": 1}):
    pass


def deco(cls):
    cls.decorated = True
    return cls


@deco
class F(*bases):
    pass


print(F.decorated, F.__bases__ == bases)
try:
    class G(**{"metaclass": 3}):
        pass
except TypeError as e:
    print("TypeError", e)


def helper():
    pass


print(helper.__module__, C.who.__module__)
helper.__module__ = "elsewhere"
print(helper.__module__)
__name__ = "renamed"


def later():
    pass


print(later.__module__)
