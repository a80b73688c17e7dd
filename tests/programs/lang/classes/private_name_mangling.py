# Private names (__x) inside a class body and its methods are mangled to _Class__x:
# attributes, class-level names, methods, __slots__ entries; dunders are not.
class A:
    __count = 0
    def __init__(self):
        self.__x = 1
        A.__count += 1
    def get(self):
        return self.__x, self.__count, self.__helper()
    def __helper(self):
        return "helped"
    def __dunder__(self):
        return "not mangled"
a = A()
print(a.get(), sorted(vars(a)), sorted(k for k in vars(A) if "count" in k or "helper" in k), a.__dunder__())
print(a._A__x, hasattr(a, "__x"))
class _Under:
    def __init__(self):
        self.__y = 2
print(vars(_Under()))
class B(A):
    def peek(self):
        try:
            return self.__x
        except AttributeError as e:
            return "AttributeError " + str(e)
print(B().peek())
class S:
    __slots__ = ("__z", "w")
    def __init__(self):
        self.__z = 3
        self.w = 4
    def z(self):
        return self.__z
s = S()
print(s.z(), s.w)
class Outer:
    class Inner:
        def f(self):
            self.__q = 1
            return vars(self)
    def g(self):
        return [self.__k for self.__k in range(2)] if False else (lambda: self.__m)() if hasattr(self, "_Outer__m") else "none"
print(Outer.Inner().f(), Outer().g())
