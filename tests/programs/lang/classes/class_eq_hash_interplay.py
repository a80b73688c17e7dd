class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class EqAndHash(EqOnly):
    def __hash__(self):
        return hash(self.v)


class Identity:
    def __init__(self, v):
        self.v = v


print(EqOnly.__hash__ is None, EqAndHash.__hash__ is None)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s))
print(EqAndHash(2) in s, EqAndHash(3) in s)
i1, i2 = Identity(1), Identity(1)
print(i1 == i2, i1 == i1, len({i1, i2, i1}))
d = {EqAndHash("k"): "value"}
print(d[EqAndHash("k")])
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly(1) == 1)
print([EqOnly(3)].count(EqOnly(3)), [EqOnly(3)].index(EqOnly(3)))
print(EqOnly(5) in [EqOnly(4), EqOnly(5)])


class BadHash:
    def __hash__(self):
        return "not an int"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()) == hash(2 ** 70))
