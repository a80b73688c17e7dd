class Seq:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Seq(*self.items[idx])
        return self.items[idx]

    def __reversed__(self):
        print("__reversed__ called")
        return iter(self.items[::-1])

    def __repr__(self):
        return "Seq" + repr(tuple(self.items))

    def __eq__(self, other):
        return isinstance(other, Seq) and self.items == other.items

    def __bool__(self):
        return bool(self.items)

    def __contains__(self, x):
        print("__contains__", x)
        return x in self.items


s = Seq(1, 2, 3, 4, 5)
print(len(s), s[0], s[-1], s[1:3], s[::2])
print(list(reversed(s)))
print(3 in s, 9 not in s)
print(s == Seq(1, 2, 3, 4, 5), s != Seq(1), bool(Seq()), bool(s))
print(list(s), sorted(s, reverse=True), sum(s))
print(list(enumerate(s[3:])))
print(Seq() or "empty", s and "nonempty")
