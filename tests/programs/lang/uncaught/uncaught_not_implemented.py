class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area is abstract")

    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        self.r = r


print(Rect(2, 3).describe())
try:
    Circle(1).describe()
except NotImplementedError as e:
    print("caught:", e)
for s in [Rect(1, 1), Rect(2, 2), Circle(3)]:
    print(s.describe())
print("not reached")
