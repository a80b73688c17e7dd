# itertools: reprs of count/repeat, argument checks made when the iterator is
# created, chain ending after a bad source, and tee's copyable iterators.
import copy
import itertools


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


c = itertools.count(7)
print(repr(c), next(c), next(c), repr(c))
print(repr(itertools.count(0, 1.0)), repr(itertools.count(2.5, -1)), repr(itertools.count(step=3)))
print([next(itertools.count(1j, 1j)) for _ in range(2)])
show("count('a')", lambda: itertools.count("a"))
show("count(1, 'x')", lambda: itertools.count(1, "x"))
print(list(zip(itertools.count(0.5, 0.25), "abc")))

r = itertools.repeat("x", 3)
print(repr(r), r.__length_hint__(), next(r), repr(r), list(r), repr(r))
print(repr(itertools.repeat(None)), repr(itertools.repeat(1, -4)), list(itertools.repeat(1, -4)))
show("repeat(1, None)", lambda: itertools.repeat(1, None))
show("repeat hint", lambda: itertools.repeat(0).__length_hint__())

for name, make in [
    ("cycle", lambda: itertools.cycle(5)),
    ("starmap", lambda: itertools.starmap(pow, 5)),
    ("takewhile", lambda: itertools.takewhile(bool, 5)),
    ("dropwhile", lambda: itertools.dropwhile(bool, 5)),
    ("filterfalse", lambda: itertools.filterfalse(None, 5)),
    ("compress data", lambda: itertools.compress(5, [])),
    ("compress selectors", lambda: itertools.compress([], 5)),
    ("pairwise", lambda: itertools.pairwise(5)),
    ("permutations r", lambda: itertools.permutations([1, 2], 1.5)),
    ("combinations r", lambda: itertools.combinations([1, 2], None)),
    ("cwr r", lambda: itertools.combinations_with_replacement([1, 2], "2")),
    ("product repeat", lambda: itertools.product([1], repeat=None)),
    ("tee n", lambda: itertools.tee([1], "2")),
    ("from_iterable()", lambda: itertools.chain.from_iterable()),
    ("from_iterable(a, b)", lambda: itertools.chain.from_iterable("a", "b")),
]:
    show(name, make)

ch = itertools.chain("ab", 1, "cd")
print(next(ch), next(ch))
show("bad source", lambda: next(ch))
show("after bad source", lambda: next(ch))

a, b = itertools.tee(iter([1, 2, 3, 4]))
print(type(a).__name__, next(a), next(a))
a2 = copy.copy(a)
b2 = b.__copy__()
print(list(a), list(a2), next(b), list(b2), list(b))
x, y, z = itertools.tee(range(3), 3)
print(list(z), list(y), list(x))
p, q = itertools.tee(x)
print(list(p), list(q))
s1, s2 = itertools.tee("hey")
t1, t2 = itertools.tee(s1)
print(list(t1), list(s2), list(t2))
print(itertools.tee([1], 0), len(itertools.tee([], 5)))
