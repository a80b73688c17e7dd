# Assigning obj.__class__ switches an instance to a compatible class (errors as
# CPython's otherwise); __debug__ is True.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def extra(self): return self.x
a = A(); a.x = 7
print(a.who())
a.__class__ = B
print(a.who(), a.extra(), type(a).__name__, isinstance(a, B), isinstance(a, A))
for bad in [1, int, object]:
    try:
        a.__class__ = bad
    except TypeError as e:
        print("TypeError", e)
class L(list): pass
class E(Exception): pass
for obj, c in [(L(), A), (E(), A), (A(), E)]:
    try:
        obj.__class__ = c
    except TypeError as e:
        print("TypeError", e)
def hot(objs):
    return [o.who() for o in objs]
objs = [A() for _ in range(50)]
for i in range(200):
    r = hot(objs)
    objs[i % 50].__class__ = B if i % 2 else A
print(r.count("A"), r.count("B"), __debug__)
