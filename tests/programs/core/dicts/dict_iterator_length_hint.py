# __length_hint__ of the iterators over sized containers (and its absence on
# enumerate/zip/map/filter/callable iterators).
def hint(it):
    return it.__length_hint__() if hasattr(it, "__length_hint__") else "none"


d = {0: 1, 2: 3, 4: 5, 6: 7}
for make in (iter, lambda d: iter(d.values()), lambda d: iter(d.items())):
    it = make(d)
    seen = [hint(it)]
    for _ in it:
        seen.append(hint(it))
    print(type(it).__name__, seen)

for c in ([1, 2, 3], (1, 2), "abc", b"ab", bytearray(b"xyz"), range(0, 10, 3), range(10, 0, -4), range(5, 5), {5, 6, 7}):
    it = iter(c)
    first = hint(it)
    next(it)
    print(type(it).__name__, first, hint(it))
print(hint(reversed([1, 2, 3])), hint(reversed((1, 2))), hint(reversed(d)))

grow = {1: 2}
it = iter(grow)
grow[3] = 4
print("after growth", hint(it))

for it in (enumerate([1]), zip([1]), map(abs, [1]), filter(None, [1]), iter(lambda: 1, 2)):
    print(type(it).__name__, hint(it))


class Indexed:
    def __getitem__(self, i):
        if i < 4:
            return i
        raise IndexError

    def __len__(self):
        return 4


it = iter(Indexed())
next(it)
print(type(it).__name__, hint(it))
