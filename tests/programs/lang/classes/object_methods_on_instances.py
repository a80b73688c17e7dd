# Instances of plain classes reach object's methods as bound methods:
# a.__eq__(b), a.__repr__(), a.__init__(), a.__setattr__(...)...
class A:
    def __init__(self):
        self.x = 1


class P:
    pass


class Eq:
    def __eq__(self, other):
        return True


a, p = A(), P()
print(a.__eq__(a), a.__eq__(1), a.__ne__(a), a.__ne__(p), p.__hash__() == hash(p), a.__lt__(a))
print(a.__repr__() == repr(a), a.__str__() == str(a), p.__format__("") == str(p), p.__init__())
a.__setattr__("y", 5)
print(a.y, a.__getattribute__("x"), Eq().__hash__, p.__class__.__name__)
a.__delattr__("y")
print(hasattr(a, "y"), hasattr(p, "__init__"), callable(p.__repr__), p.__init_subclass__())
try:
    p.__getattribute__("missing")
except AttributeError as e:
    print("AttributeError", e)
