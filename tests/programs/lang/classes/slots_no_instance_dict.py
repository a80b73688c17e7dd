# Instances of classes whose __slots__ (all along the MRO) leave out
# __dict__ have no __dict__; a subclass without __slots__ gets one back.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Tagged(Point):
    pass


class Flexible:
    __slots__ = ("x", "__dict__")


class Point3(Point):
    __slots__ = ("z",)


for cls in (Point, Tagged, Flexible, Point3):
    obj = cls.__new__(cls)
    print(cls.__name__, hasattr(obj, "__dict__"))
    try:
        print("  vars:", vars(obj))
    except TypeError as e:
        print("  TypeError", e)
    try:
        obj.extra = 1
        print("  extra set:", obj.extra)
    except AttributeError as e:
        print("  AttributeError", e)
    try:
        obj.__dict__
    except AttributeError as e:
        print("  AttributeError", e)

p = Point(1, 2)
print(p.x, p.y)
