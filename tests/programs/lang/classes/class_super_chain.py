class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]

    def hello(self):
        return "A.hello"


class B(A):
    def __init__(self):
        print("B.__init__ start")
        super().__init__()
        self.trail.append("B")
        print("B.__init__ end")

    def hello(self):
        return "B>" + super().hello()


class C(B):
    def __init__(self, extra):
        print("C.__init__ start", extra)
        super().__init__()
        self.trail.append("C")
        self.extra = extra

    def hello(self):
        return "C>" + super().hello()


class D(C):
    def hello(self):
        r = super().hello()
        return "D>" + r


c = C(5)
print(c.trail, c.extra)
print(c.hello())
d = D("x")
print(d.trail)
print(d.hello())
print([k.__name__ for k in D.__mro__])
