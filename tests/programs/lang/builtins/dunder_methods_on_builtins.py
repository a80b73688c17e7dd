# Dunder methods called directly on builtin values: iterators' __next__,
# __call__ of functions, __hash__ of builtin values.
it = iter([10, 20])
print(it.__next__(), it.__iter__() is it, it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)

for make in (lambda: iter((1, 2)), lambda: iter("ab"), lambda: iter(range(3)),
             lambda: iter({"k": 1}), lambda: iter({"k": 1}.values()), lambda: iter({"k": 1}.items()),
             lambda: iter({7}), lambda: enumerate("xy", 1), lambda: zip("ab", "cd"),
             lambda: map(str, [1]), lambda: filter(None, [0, 5]), lambda: reversed([1, 2]),
             lambda: (x * 2 for x in [4])):
    i = make()
    print(type(i).__name__, i.__next__())


def add(a, b=2):
    return a + b


class K:
    def m(self, x):
        return x * 3


print(add.__call__(1), add.__call__(1, b=5), len.__call__("abcd"), K().m.__call__(4))
print((lambda *a, **k: (a, k)).__call__(1, z=2))
print((5).__hash__() == hash(5), "s".__hash__() == hash("s"), (1, "a").__hash__() == hash((1, "a")))
print((2.5).__hash__() == hash(2.5), frozenset([1]).__hash__() == hash(frozenset([1])))
print([].__hash__, {}.__hash__, set().__hash__)
