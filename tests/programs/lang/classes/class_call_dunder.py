class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, y=1):
        self.calls += 1
        return self.k * x * y


double = Multiplier(2)
print(double(5))
print(double(5, 3))
print(double(y=2, x=4))
print(double.calls)
print(callable(double), callable(Multiplier), callable(5))
print(list(map(double, [1, 2, 3])))
print(double.calls)


class Compose:
    def __init__(self, *funcs):
        self.funcs = funcs

    def __call__(self, value):
        for f in reversed(self.funcs):
            value = f(value)
        return value


c = Compose(str, Multiplier(10), abs)
print(repr(c(-4)))
print(sorted([3, -5, 1], key=Multiplier(-1)))


class Plain:
    pass


try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)
try:
    double()
except TypeError as e:
    print("TypeError:", e)
