class Cycle:
    def __init__(self, items, limit):
        self.items = items
        self.limit = limit
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v


print(list(Cycle("ab", 5)))
c = Cycle([1, 2], 3)
print(next(c), next(c), next(c))
print(next(c, "default"))
print(list(c))
it = iter([10, 20])
print(next(it), next(it))
c2 = Cycle("xy", 1)
print(next(c2))
print(next(c2))
print("not reached")
