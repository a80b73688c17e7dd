# Instance attribute caches: sibling classes with other layouts, properties
# appearing later, deleted and re-added attributes, and instance attributes
# that hide methods (set before or after the method exists).


class Base:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


class Same(Base):
    pass


class Shifted(Base):
    def __init__(self, a, b):
        self.extra = "x"
        Base.__init__(self, a, b)


def sum_totals(objs, rounds):
    t = 0
    for _ in range(rounds):
        for o in objs:
            t += o.a * 2 + o.b
            o.b = o.b + 1
    return t


objs = [Base(1, 2), Same(3, 4), Shifted(5, 6), Base(7, 8)]
print(sum_totals(objs, 50))
print([o.b for o in objs])


class WithProp(Base):
    @property
    def b(self):
        return 1000

    @b.setter
    def b(self, v):
        self.__dict__  # the setter ignores the value
        return None


w = WithProp.__new__(WithProp)
object.__setattr__(w, "a", 1)
object.__setattr__(w, "b", 5)
print(w.b, w.__dict__)
print(sum_totals([Base(1, 1), w, Same(2, 2)], 30))


def read_a(o, n):
    s = 0
    for _ in range(n):
        s += o.a
    return s


p = Base(10, 20)
print(read_a(p, 100))
Base.a = property(lambda self: -1)
print(read_a(p, 100))
del Base.a
print(read_a(p, 100))

q = Base(1, 2)
del q.a
try:
    read_a(q, 5)
except AttributeError as e:
    print("AttributeError:", e)
q.a = 9
print(read_a(q, 40), list(q.__dict__))


class Greeter:
    def hello(self):
        return "method"


def call_hello(g, n):
    out = []
    for _ in range(n):
        out.append(g.hello())
    return out[-1], len(out)


g1 = Greeter()
print(call_hello(g1, 60))
g1.hello = lambda: "instance"
print(call_hello(g1, 60))
print(call_hello(Greeter(), 60))


class Late:
    pass


late = Late()
late.speak = lambda: "own"


def speak(self):
    return "class"


Late.speak = speak
print(late.speak(), Late().speak())
late2 = Late()
object.__setattr__(late2, "speak", lambda: "set through object")
print(late2.speak())


class Holder(Base):
    pass


def read_b(objs, n):
    out = []
    for _ in range(n):
        for o in objs:
            out.append(o.b)
    return out[-len(objs):]


h = Holder(1, 2)
print(read_b([Base(3, 4), h], 50))


class Guarded:
    def __get__(self, obj, cls):
        return "descriptor"

    def __set__(self, obj, v):
        pass


Holder.b = Guarded()
print(read_b([Base(3, 4), h], 50))
h.b = 99
print(read_b([h, Base(5, 6)], 50), h.__dict__)
