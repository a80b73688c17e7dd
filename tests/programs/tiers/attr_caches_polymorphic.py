# Attribute loads, stores and method calls at one site seeing several
# classes, while classes change: a method replaced, a property added over an
# instance attribute, a class attribute deleted, an instance attribute
# shadowing a method.
class A:
    kind = "a"

    def __init__(self, x):
        self.x = x

    def f(self):
        return 1


class B(A):
    def f(self):
        return 2


class C(B):
    kind = "c"


def run(objs, rounds):
    t = 0
    for _ in range(rounds):
        for o in objs:
            t += o.f() + o.x
            o.x = o.x + 1
            t += len(o.kind)
    return t


objs = [A(1), B(2), C(3), A(4)]
print(run(objs, 200))
A.f = lambda self: 10
print(run(objs, 50))
B.x = property(lambda self: 100, lambda self, v: None)
print(run(objs, 50), [o.x for o in objs])
del C.kind
print(run(objs, 20), [o.kind for o in objs])
objs[0].f = lambda: 1000
print(run(objs, 20))
del B.x
try:
    print(run(objs, 1))
except AttributeError as e:
    print("AttributeError:", e)
