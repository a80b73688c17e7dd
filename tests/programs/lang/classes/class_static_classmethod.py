class Temp:
    unit = "C"
    instances = 0

    def __init__(self, deg):
        self.deg = deg
        Temp.instances += 1

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit

    def fahrenheit(self):
        return self.c_to_f(self.deg)


class Kelvin(Temp):
    unit = "K"


print(Temp.c_to_f(100))
t = Temp(25)
print(t.c_to_f(0))
print(t.fahrenheit())
u = Temp.from_f(212)
print(u.deg, type(u).__name__)
print(Temp.describe(), t.describe())
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg)
print(Kelvin.describe())
print(Temp.instances)
f = Temp.c_to_f
print(f(-40))
g = Kelvin.describe
print(g())
print(isinstance(Temp.__dict__["c_to_f"], staticmethod))
print(isinstance(Temp.__dict__["from_f"], classmethod))
