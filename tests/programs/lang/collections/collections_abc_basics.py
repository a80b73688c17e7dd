# collections.abc: isinstance against the abstract container types, the
# mixin methods lent to classes deriving from them, and abstract methods.
import collections.abc
import collections.abc as cabc
from collections.abc import (Callable, Collection, Container, Generator, Hashable, ItemsView,
                             Iterable, Iterator, KeysView, Mapping, MutableMapping,
                             MutableSequence, MutableSet, Reversible, Sequence, Set, Sized,
                             ValuesView)

print(cabc is collections.abc, collections.abc.Sized is Sized)

abcs = (Iterable, Iterator, Reversible, Sized, Container, Collection, Hashable, Callable,
        Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator)
print(" ".join(a.__name__ for a in abcs))
samples = [[], (), "s", b"b", bytearray(), {}, set(), frozenset(), range(2), 3, 2.5, None,
           iter([]), (x for x in ()), len, {}.keys(), {}.items(), {}.values(), object()]
for v in samples:
    print(f"{type(v).__name__:>16}", "".join("X" if isinstance(v, a) else "." for a in abcs))

print([t.__hash__ is None for t in (list, dict, set, bytearray, slice, tuple, int, str, frozenset)])


class Plain:
    pass


class EqOnly:
    def __eq__(self, other):
        return True


class Looks:
    def __iter__(self):
        return iter([1])

    def __len__(self):
        return 1

    def __contains__(self, x):
        return x == 1

    def __call__(self):
        return "called"


print(isinstance(Plain(), Hashable), isinstance(EqOnly(), Hashable), isinstance(Plain, Callable))
print([isinstance(Looks(), a) for a in (Iterable, Sized, Container, Collection, Callable, Sequence)])


class Frozen(Mapping):
    def __init__(self, **items):
        self._d = dict(items)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(f.get("a"), f.get("z", 0), "b" in f, "z" in f, list(f.keys()), list(f.items()), list(f.values()))
print(f == {"a": 1, "b": 2}, f == {"a": 1}, f != Frozen(a=1, b=2), dict(f))
print(sorted(f.keys() & {"a", "q"}), sorted(f.keys() | {"c"}), ("a", 1) in f.items(), 2 in f.values())
print(isinstance(f.keys(), KeysView), isinstance(f.items(), ItemsView), isinstance(f.values(), ValuesView))
print(repr(f.keys())[:9], len(f.items()))
try:
    hash(f)
except TypeError as e:
    print("TypeError:", e)


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s.update({"x": 1}, y=2)
s.update([("w", 0)])
print(s.setdefault("z", 3), s.setdefault("x", 9), dict(s))
print(s.pop("x"), s.pop("missing", "dflt"), s.popitem(), dict(s))
try:
    s.pop("missing")
except KeyError as e:
    print("KeyError:", e)
s.clear()
print(len(s), isinstance(s, MutableMapping), isinstance(s, Mapping), isinstance(s, dict))


class Tens(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n


t = Tens(4)
print(list(t), 20 in t, 25 in t, list(reversed(t)), t.index(30), t.count(0), t.index(10, 1, 3))
try:
    t.index(99)
except ValueError as e:
    print("ValueError", repr(e))


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
st.reverse()
print(list(st), st.pop(), st.pop(0))
st.remove(3)
print(list(st))


class Letters(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


a, b = Letters("abc"), Letters("bcd")
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= Letters("abcd"), a < a, a == Letters("cba"))
print(a.isdisjoint("xyz"), a.isdisjoint("cx"))
a |= "z"
a -= "a"
print(list(a), a.pop(), list(a))


class Incomplete(Sequence):
    pass


for cls in (Incomplete, Mapping, Iterable):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

print(issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), issubclass(dict, MutableMapping))
print(issubclass(Frozen, Collection), issubclass(Tens, Reversible), issubclass(int, Iterable))
print(Iterable[int], Mapping[str, int], Callable[[int, str], bool], Callable[..., int])
