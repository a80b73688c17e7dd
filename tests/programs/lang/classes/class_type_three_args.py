# type(name, bases, dict) makes classes like a class statement does.
def greet(self):
    return "hi from " + type(self).__name__


Base = type("Base", (), {"kind": "base", "greet": greet})
Child = type("Child", (Base,), {"kind": "child", "__init__": lambda self, n: setattr(self, "n", n)})
c = Child(4)
print(Base.__name__, Child.__bases__ == (Base,), c.kind, c.n, c.greet(), isinstance(c, Base))
print([k.__name__ for k in Child.__mro__])
Number = type("Number", (int,), {"double": lambda self: self * 2})
print(Number(21).double(), isinstance(Number(1), int))
Manager = type("Manager", (), {"__enter__": lambda s: print("enter") or s, "__exit__": lambda s, *a: print("exit", a[0].__name__) or True})
with Manager():
    raise ValueError("swallowed")
print("after with")
for args in [("X", [], {}), ("X", (), []), (1, (), {}), ("X", ())]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
