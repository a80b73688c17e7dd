class Shape:
    sides = 0

    def area(self):
        return 0

    def describe(self):
        return "%s: sides=%d area=%.2f" % (type(self).__name__, self.sides, self.area())

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


class Triangle(Shape):
    sides = 3

    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Rect(2, 5), Square(3), Triangle(4, 3), Circle(1), Shape()]
for s in shapes:
    print(s.describe())
print([type(s).__name__ for s in sorted(shapes)])
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
by_sides = {}
for s in shapes:
    by_sides.setdefault(s.sides, []).append(type(s).__name__)
print(sorted(by_sides.items()))
print(max(shapes).describe())
