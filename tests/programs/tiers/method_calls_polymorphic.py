# One method-call site seeing receivers of several classes: compiled code
# finds each class's method through the VM's class attribute cache and calls
# it directly. Methods replaced, shadowed by an instance attribute, turned
# into other kinds of attribute, hooked, missing, or raising mid-loop must
# behave as in CPython.
class Shape:
    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n


class Square(Shape):
    def area(self):
        return self.n * self.n


class Cube(Square):
    def area(self):
        return 6 * Square.area(self)


class Line(Shape):
    pass


class Weird(Shape):
    area = staticmethod(lambda: -1)


class Scaled(Shape):
    def area(self, k=10):
        return self.n * k


def total(objs, rounds):
    t = 0
    for _ in range(rounds):
        for o in objs:
            t += o.area()
    return t


objs = [Shape(1), Square(2), Cube(3), Line(4), Square(5)]
print(total(objs, 300))
objs.append(Weird(6))
objs.append(Scaled(7))
print(total(objs, 300))


def swap(objs, n):
    t = 0
    for i in range(n):
        if i == n // 3:
            Square.area = lambda self: 1000
        if i == 2 * n // 3:
            del Square.area
        for o in objs:
            t += o.area()
    return t


print(swap(objs, 300))
objs[1].area = lambda: 5  # an instance attribute hides the method
print(total(objs, 200))
del objs[1].area
print(total(objs, 200))


class Hooked(Shape):
    def __getattribute__(self, name):
        if name == "area":
            return lambda: 77
        return object.__getattribute__(self, name)


objs.append(Hooked(8))
print(total(objs, 200))


class Empty:
    pass


def until_missing(objs, n):
    t = 0
    for i in range(n):
        for o in objs:
            t += o.area()
        if i == n // 2:
            objs.append(Empty())
    return t


try:
    until_missing([Square(2), Cube(1), Line(3)], 300)
except AttributeError as e:
    print("AttributeError:", e)


class Boom(Shape):
    def area(self):
        if self.n > 250:
            raise ValueError(self.n)
        return 1


def raising(n):
    t = 0
    for i in range(n):
        for o in (Square(i % 7), Boom(i), Line(i)):
            t += o.area()
    return t


try:
    raising(400)
except ValueError as e:
    print("ValueError:", e)


class Node:
    def depth(self):
        return 0


class Inner(Node):
    def __init__(self, child):
        self.child = child

    def depth(self):
        return 1 + self.child.depth()


class Leaf(Node):
    pass


tree = Leaf()
for i in range(60):
    tree = Inner(tree) if i % 3 else Inner(Inner(tree))
print(sum(tree.depth() for _ in range(200)))
