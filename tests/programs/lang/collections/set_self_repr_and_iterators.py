# A set that contains itself (through an element's repr) prints as set(...),
# and a set iterator stays broken once the set changed size under it.


class Holder:
    def __init__(self, obj):
        self.obj = obj

    def __repr__(self):
        return "Holder(" + repr(self.obj) + ")"

    def __hash__(self):
        return 7


s = set()
s.add(Holder(s))
print(s)
t = set()
t.add(Holder([Holder(t)]))
print(t)


class Bag(set):
    pass


b = Bag()
b.add(Holder(b))
print(repr(b).startswith("Bag({Holder("), repr(b).count("(...)"))
d = {}
d["me"] = d
print(d, [d], {"k": [d]})

items = {1, 2, 3}
it = iter(items)
items.add(4)
for attempt in range(3):
    try:
        print(next(it))
    except RuntimeError as e:
        print("RuntimeError:", e)
    items.discard(4)

fs = frozenset({5, 6})
it = iter(fs)
print(sorted([next(it), next(it)]))
try:
    next(it)
except StopIteration:
    print("StopIteration")
