# Assigning a class's __bases__ rebuilds its MRO and its subclasses' MROs, so
# operators, iteration and attribute lookups follow the new bases.
class Old:
    def __add__(self, other):
        return "old add"

    def greet(self):
        return "old greet"


class New:
    def __add__(self, other):
        return "new add"

    def __iter__(self):
        return iter([1, 2])


class Bare:
    pass


class Mid(Old):
    pass


class Leaf(Mid):
    pass


leaf = Leaf()
results = []
for i in range(3):
    results.append(leaf + i)
print(results, leaf.greet(), [k.__name__ for k in Leaf.__mro__])
Mid.__bases__ = (New,)
print(leaf + 1, list(leaf), hasattr(leaf, "greet"), [k.__name__ for k in Leaf.__mro__])
Mid.__bases__ = (Bare,)
try:
    leaf + 1
except TypeError as e:
    print("TypeError", e)
Mid.__bases__ = (Old, New)
print(leaf + 1, list(leaf), leaf.greet(), Mid.__bases__ == (Old, New))
for bad in ([Old], (), (1,), (Leaf,)):
    try:
        Mid.__bases__ = bad
    except TypeError as e:
        print("TypeError", e)
print([k.__name__ for k in Mid.__mro__])
