class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("Meters.__add__", type(other).__name__)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __eq__(self, other):
        print("Meters.__eq__")
        return NotImplemented

    def __repr__(self):
        return "Meters(%r)" % self.v


class Feet:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        print("Feet.__radd__", type(other).__name__)
        return Meters(other.v + self.v * 0.3)

    def __eq__(self, other):
        print("Feet.__eq__")
        return True


m = Meters(2)
print(m + Meters(3))
print(m + Feet(10))
try:
    m + 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 + m
except TypeError as e:
    print("TypeError:", e)
print(m == Feet(1))
print(m == m)
print(m == Meters(2))
print(m != Meters(2))
print(NotImplemented)
print(repr(NotImplemented))
print(type(NotImplemented).__name__)
print(m.__eq__(5))
print(m.__add__(5))
