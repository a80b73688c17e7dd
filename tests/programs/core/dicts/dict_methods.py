d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(len(d.keys()), "a" in d.keys(), 2 in d.values(), ("b", 2) in d.items())
print(d.pop("a"), d)
print(d.pop("zz", "default"), d.pop("zz", None))
print(d.setdefault("b", 99), d.setdefault("new", 42), d.setdefault("none"), d)
d.update({"b": 20, "e": 5})
print(d)
d.update([("f", 6), ("b", 200)])
print(d)
d.update(g=7, b=2000)
print(d)
d.update()
d.update({}, h=8)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["b"] = "changed"
print(d["b"], c["b"])
c.clear()
print(c, len(c), d)
lists = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    lists.setdefault(word[0], []).append(word)
print(lists)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
