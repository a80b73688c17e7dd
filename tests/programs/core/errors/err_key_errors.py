d = {"a": 1, 1: "one", (1, 2): "pair"}
for k in ["b", 2, (2, 1), "", 0, (), None, "it's", 1.5, False]:
    try:
        print(repr(k), d[k])
    except KeyError as e:
        print(repr(k), "->", type(e).__name__ + ":", e)
try:
    del d["zz"]
except KeyError as e:
    print("del ->", e)
try:
    d.pop((9,))
except KeyError as e:
    print("pop ->", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem ->", e)
print(d.get("b", "safe"), d)
counts = {}
for w in ["a", "b", "a"]:
    try:
        counts[w] += 1
    except KeyError as e:
        print("first time", e)
        counts[w] = 1
print(counts)
