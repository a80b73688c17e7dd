class Shape:
    def area(self):
        return 0

    def name(self):
        return type(self).__name__


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Sq(Rect):
    def __init__(self, s):
        super().__init__(s, s)


shapes = [Shape(), Rect(2, 3), Sq(4)]
for s in shapes:
    print(s.name(), s.__class__.__name__, s.area(), type(s) is Rect, isinstance(s, Rect))
print(type(shapes[2]).__mro__[1].__name__)
print([t.__name__ for t in (int, str, float, list, dict, tuple, set, frozenset, bool, type(None))])
print(type(len).__name__)
print(type(lambda: 0).__name__)
print(type(Shape.area).__name__)
print(type(Sq(1).area).__name__)
print(type(x for x in []).__name__)
print(type(range(3)).__name__, type(iter([])).__name__)
print(type(Shape).__name__, type(type).__name__)
NewType = type(shapes[1])
r = NewType(5, 6)
print(r.area(), type(r).__name__)
print(Sq.__base__.__name__, Rect.__base__.__name__, Shape.__base__.__name__)
print(object.__base__)
print(Sq.__module__)
print(int.__name__, int.__qualname__)
