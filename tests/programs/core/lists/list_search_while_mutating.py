# list.count/index/remove read the list as it is after each comparison, since an
# item's __eq__ may change the list being searched.
class Shrinker:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  compare", self.name, "with", other)
        self.target.pop()
        return True

    def __repr__(self):
        return self.name


def fresh():
    s = Shrinker("s")
    items = [1, 2, s, 4, 5]
    s.target = items
    return items


items = fresh()
print("count(5) =", items.count(5), items)
items = fresh()
print("index(5) =", items.index(5), items)
items = fresh()
items.remove(5)
print("after remove(5):", items)
items = fresh()
try:
    print(items.index(5, 3))
except ValueError as e:
    print("ValueError", e)


class Clearer:
    def __eq__(self, other):
        holder.clear()
        return True


class MyList(list):
    pass


holder = MyList([Clearer(), 1])
holder.remove("anything")
print("cleared during remove:", holder)
print([1, 2, 3].index(3, -1), (4, 5, 6).count(5), [7, 7, 8].index(8, 1, 3))
