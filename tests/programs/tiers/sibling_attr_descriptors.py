# One attribute site that sees instances of several sibling classes (the
# runtime shares the entry hint between them): a class that has, or later
# gets, a data descriptor must still go through it.


class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2


class A(Base):
    pass


class B(Base):
    pass


class C(Base):
    @property
    def w(self):
        return -1

    @w.setter
    def w(self, value):
        self.__dict__["w"] = value + 1000


class Doubling:
    def __get__(self, obj, cls):
        return obj.__dict__["v"] * 2 if obj is not None else self

    def __set__(self, obj, value):
        obj.__dict__["v"] = value


def total(objs, rounds):
    s = 0
    for _ in range(rounds):
        for o in objs:
            s += o.v + o.w
    return s


objs = [A(1), B(2), A(3), B(4)]
print(total(objs, 3000))
objs.append(C(5))
print(total(objs, 3000))
B.v = Doubling()  # a data descriptor appears on a class the site already saw
print(total(objs, 3000))
del B.v
print(total(objs, 3000))


def store(objs, rounds):
    for i in range(rounds):
        for o in objs:
            o.w = i
    return [o.__dict__.get("w") for o in objs]


print(store([A(1), B(2), C(3), A(4)], 2000))
