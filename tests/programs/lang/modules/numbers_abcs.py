# The numeric ABCs: which builtin and user types count as which kind of number.
import numbers

kinds = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for v in (1, True, 2.5, 1j, "1", None, [1]):
    print(repr(v), [isinstance(v, k) for k in kinds])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), issubclass(numbers.Integral, numbers.Number))


class Money(numbers.Real):
    pass


try:
    Money()
except TypeError as e:
    print("TypeError:", str(e).split(" with")[0])


class Tiny(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v


for name in sorted(Tiny.__abstractmethods__)[:5]:
    print(name)
numbers.Integral.register(Money)
print(issubclass(Money, numbers.Integral), numbers.Number.__hash__)
print(numbers.Integral.numerator.__get__(5), numbers.Integral.denominator.__get__(5))
class C:
    def __init__(self): self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 10
p = C.__dict__["x"]
c = C()
print(p.__get__(c), p.__get__(None, C) is p)
p.__set__(c, 4)
print(c.x, p.__get__(c, C))
ro = property(lambda self: 42)
print(ro.__get__(c))
