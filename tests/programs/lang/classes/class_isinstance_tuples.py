class A:
    pass


class B(A):
    pass


class C:
    pass


class D(B, C):
    pass


objs = [A(), B(), C(), D(), 5, "s", 2.5, None, True]
for o in objs:
    print(type(o).__name__, isinstance(o, (A, C)), isinstance(o, (int, str)), isinstance(o, B))
print(issubclass(D, (C, int)), issubclass(B, (C, int)), issubclass(bool, (str, int)))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(3, (float, (str, int))))
print(issubclass(D, object), isinstance(A, type), isinstance(A(), type))
print(type(D()) is D, type(D()) is B, type(5) is int, type(True) is int)
print(type(None).__name__, type(type).__name__, type(A).__name__)
print(isinstance([], (list, tuple)), isinstance((), (list, tuple)), isinstance({}, (list, tuple)))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
print(type(3.0) in (int, float))
print(D().__class__.__name__, D.__name__)
