# Operator and comparison dunders of builtin types called as methods,
# including NotImplemented answers and use through super() in subclasses.
print((1).__lt__(2), (1).__eq__(1.0), (1.0).__eq__(1), (1).__lt__("a"), (2.5).__ge__(2))
print("a".__lt__("b"), "a".__eq__(1), [1].__eq__((1,)), [1, 2].__lt__([1, 3]), (1, 2).__ge__((1, 2)))
print({1}.__le__(frozenset({1, 2})), frozenset({3}).__eq__({3}), {1: 2}.__ne__({1: 2}))
print((3).__rsub__(10), (2.5).__rtruediv__(5), (5).__truediv__(2), (7).__rfloordiv__(100), (3).__rpow__(2))
print((1).__add__("x"), (1).__add__(2.0), (1.5).__add__(2), (2).__mul__([1]))
print("ab".__mul__(3), "x%sy".__mod__(5), [1, 2].__rmul__(2), (1,).__add__((2,)))
print({1: 2}.__or__({3: 4}), {1}.__rxor__({1, 2}), {1, 2}.__sub__({2}), {1}.__or__([2]))
nums = [1]
print(nums.__iadd__([2]), nums, nums.__imul__(2))
s = {1}
print(s.__ior__({5}), s.__iand__({5, 6}), s)
print((5).__invert__(), (5).__pos__(), (0).__bool__(), (3).__float__(), (2.7).__int__())
print((2.5).__round__(), (2.567).__round__(2), (7).__trunc__(), (-2.5).__trunc__(), (0.0).__bool__())
print(True.__and__(False), True.__or__(1), (6).__and__(3), (1).__lshift__(4), (6).__rrshift__(64))
d = {1: 2, 3: 4}
d.__delitem__(1)
print(d)
items = [1, 2, 3]
items.__delitem__(0)
print(items, list(items.__reversed__()), list("ab".__iter__()))
for bad in ["a", (1,)]:
    try:
        [].__add__(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "s".__add__(1)
except TypeError as e:
    print("TypeError:", e)


class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other) * 10)

    def __lt__(self, other):
        print("lt", int(self), other)
        return super().__lt__(other)


print(Money(2) + 3, Money(2) < 3, Money(5).__lt__(Money(6)), Money(1) < 0.5)


class Bag(list):
    def __add__(self, other):
        return Bag(super().__add__(other))

    def __eq__(self, other):
        return super().__eq__(other)


b = Bag([1]) + [2]
print(b, type(b).__name__, Bag([1]) == [1], Bag([1]) == (1,))
print([n for n in ["__add__", "__sub__", "__iadd__", "__lt__", "__delitem__"] if hasattr(list, n)])
print([n for n in ["__add__", "__and__", "__invert__", "__trunc__"] if hasattr(float, n)])
