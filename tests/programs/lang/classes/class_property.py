class Circle:
    def __init__(self, r):
        self._r = r
        self.sets = 0

    @property
    def radius(self):
        print("get radius")
        return self._r

    @radius.setter
    def radius(self, value):
        print("set radius", value)
        if value < 0:
            raise ValueError("negative radius")
        self.sets += 1
        self._r = value

    @property
    def diameter(self):
        return self._r * 2


c = Circle(3)
print(c.radius)
c.radius = 5
print(c.radius, c.diameter, c.sets)
try:
    c.radius = -1
except ValueError as e:
    print("error:", e)
print(c.radius)
try:
    c.diameter = 10
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Circle.radius, property))
print(hasattr(c, "diameter"))


class Square:
    def __init__(self):
        self._side = 1

    def get_side(self):
        return self._side

    def set_side(self, v):
        self._side = v * 1

    side = property(get_side, set_side)


s = Square()
s.side = 4
print(s.side, s._side)
