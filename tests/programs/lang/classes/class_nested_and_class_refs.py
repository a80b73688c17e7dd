class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v

        def __repr__(self):
            return "Inner(%r)" % self.v

    kinds = ["a", "b"]

    def make(self, v):
        return self.Inner(v)

    @classmethod
    def make_cls(cls, v):
        return cls.Inner(v * 2)


o = Outer()
print(o.make(1), Outer.make_cls(2), Outer.Inner(3))
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(type(o.make(0)) is Outer.Inner)


def class_factory(name, base_value):
    class Made:
        value = base_value

        def get(self):
            return self.value

    Made.__name__ = name
    return Made


A = class_factory("A", 1)
B = class_factory("B", 2)
print(A().get(), B().get(), A.__name__, B.__name__, A is B)
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


@register
class Alpha:
    pass


@register
class Beta(Alpha):
    pass


print(sorted(registry), issubclass(registry["Beta"], registry["Alpha"]))
classes = [int, str, Alpha]
print([c.__name__ for c in classes], [c() is not None for c in classes])
