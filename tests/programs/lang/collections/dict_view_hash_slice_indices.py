# hash() of dict views (only values views are hashable) and slice.indices().
d = {"a": 1}
for view in [d.keys(), d.values(), d.items()]:
    try:
        print(type(hash(view)).__name__)
    except TypeError as e:
        print("TypeError:", e)


class Grab:
    def __getitem__(self, key):
        return key


g = Grab()
for s in [g[:], g[3:], g[:4], g[1:8:3], g[8:1:-2], g[::-1], g[-3:-1], g[-100:100], g[5:2]]:
    print(s, s.indices(6), s.indices(0))
for bad in [None, -1, 2.0]:
    try:
        print(slice(1, 2).indices(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    slice(0, 5, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
