# Setting and deleting __name__/__qualname__ of classes (str only; never deleted),
# attributes of builtin types, __class__ assignment across slot layouts, and the
# class-level builtins type.__prepare__ and NoneType.__bool__.
class D:
    __qualname__ = "DD"
class C: pass
for f in [lambda: delattr(D, "__qualname__"), lambda: setattr(C, "__qualname__", 123), lambda: delattr(int, "__qualname__"), lambda: setattr(int, "__qualname__", "x"), lambda: setattr(C, "__name__", 5), lambda: delattr(C, "__name__"), lambda: setattr(1, "__class__", C), lambda: setattr(type, "__module__", "x")]:
    try:
        f(); print("ok")
    except Exception as e:
        print(type(e).__name__, e)
class TypeA:
    def __init__(self): self.a = 1
class TypeB:
    __slots__ = "b"
class SX: __slots__ = ("x",)
class SY: __slots__ = ("y",)
class SX2: __slots__ = ("x",)
for o, c in [(TypeA(), TypeB), (SX(), SY), (SX(), SX2), (TypeB(), TypeA)]:
    try:
        o.__class__ = c; print("ok", type(o).__name__)
    except TypeError as e:
        print(e)
print(type(None).__bool__(None), type.__prepare__(), type.__prepare__(1, 2, x=3), int.__prepare__())
C.__qualname__ = "Q"; print(C.__qualname__, C.__name__)
print(repr(C).endswith(".Q'>"), C().__class__.__qualname__)
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__)
print(int.__prepare__("n", (int,), flag=1), type(None).__bool__(None))
