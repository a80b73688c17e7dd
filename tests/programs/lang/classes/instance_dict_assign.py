# Assigning and deleting an instance's __dict__, and object.__subclasshook__.
class Box:
    kind = "box"

    def describe(self):
        return sorted(vars(self).items())


b = Box()
b.old = 1
b.__dict__ = {"width": 3, "height": 4}
print(b.width, b.height, hasattr(b, "old"), b.describe())
b.depth = 5
print(b.describe())
del b.__dict__
print(b.__dict__, hasattr(b, "width"), b.kind)
b.again = True
print(b.describe())
try:
    b.__dict__ = [("x", 1)]
except TypeError as e:
    print("TypeError", e)


class Sub(Box):
    pass


s = Sub()
s.__dict__ = dict(a=1)
print(s.a, s.describe())

print(Box.__subclasshook__(int), object.__subclasshook__(1), int.__subclasshook__(str))
print(Box().__eq__(Box()), Box().__lt__(Box()))
