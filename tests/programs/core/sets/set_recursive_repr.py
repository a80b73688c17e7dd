# A set (or set subclass) that contains itself through an element prints as
# set(...) / Name(...) at the inner level, as CPython does.
class Holder:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "Holder(" + repr(self.inner) + ")"

    def __hash__(self):
        return 7


s = set()
s.add(Holder(s))
print(repr(s))


class Bag(set):
    pass


class Frozen(frozenset):
    pass


b = Bag([1])
b.add(Holder(b))
print(sorted(repr(b).split(", ")))
print(repr(Bag()), repr(Frozen()), repr(Frozen([3])), repr(frozenset()), repr(set()))
outer = {frozenset({1}), frozenset()}
print(sorted(map(repr, outer)))
lst = [s]
print(lst)
