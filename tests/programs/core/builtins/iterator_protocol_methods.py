# The builtin iterators answer __next__ and __iter__ like user iterators do.
it = iter([1, 2])
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
print(iter(it) is it, it.__iter__() is it)
for make in (lambda: iter("ab"), lambda: iter((5, 6)), lambda: iter(range(3)), lambda: iter({"k": 1}),
             lambda: iter({"k": 1}.values()), lambda: iter({"k": 1}.items()), lambda: iter({7}),
             lambda: enumerate("xy"), lambda: zip("ab", "cd"), lambda: map(abs, [-1]), lambda: filter(None, [0, 3]),
             lambda: reversed([1, 2])):
    x = make()
    print(type(x).__name__, x.__next__(), x.__iter__() is x)
try:
    iter([1]).__next__(5)
except TypeError as e:
    print("TypeError:", e)
