class C:
    def __init__(self, a):
        self.a = a

    def m(self, x, y=2):
        return x + y

    @staticmethod
    def s(p):
        return p


try:
    C(1, 2)
except TypeError as e:
    print(e)
try:
    C()
except TypeError as e:
    print(e)
c = C(1)
try:
    c.m()
except TypeError as e:
    print(e)
try:
    c.m(1, 2, 3)
except TypeError as e:
    print(e)
try:
    c.m(1, z=3)
except TypeError as e:
    print(e)
try:
    c.m(1, x=3)
except TypeError as e:
    print(e)
try:
    C.s()
except TypeError as e:
    print(e)


def f(a, b):
    return a


try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)


class NoInit:
    pass


try:
    NoInit(5)
except TypeError as e:
    print(e)
print(c.m(1), c.m(1, y=10))
