class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y)
print(p.norm2())
q = p.moved(1, -1)
print(q.x, q.y, q.norm2())
print(p.x, p.y)
p.x = 10
print(p.x, p.norm2())
p.z = "extra"
print(p.z)
print(type(p).__name__)
print(type(p) is Point)
print(p.__class__.__name__)
print(isinstance(p, Point), isinstance(3, Point))
points = [Point(i, i * 2) for i in range(4)]
print([pt.norm2() for pt in points])
print(sum(pt.x for pt in points))
print(repr(p).startswith('<__main__.Point object at 0x'))
print(Point.__name__)
print(Point.__qualname__)
