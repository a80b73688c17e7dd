VERBOSE = True


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if VERBOSE:
            print("lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return "L(%d)" % self.v


a = OnlyLt(1)
b = OnlyLt(2)
print(a < b)
print(b > a)
print(a > b)
try:
    print(a <= b)
except TypeError as e:
    print("TypeError:", e)
VERBOSE = False
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
VERBOSE = True


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, OnlyEq) and self.v == other.v


x = OnlyEq(1)
y = OnlyEq(1)
print(x == y)
print(x != y)
print(3 == x)
print(x != OnlyEq(2))


class Plain:
    pass


p = Plain()
q = Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
