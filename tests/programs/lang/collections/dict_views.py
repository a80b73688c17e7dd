d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k)
print(v)
print(it)
print(list(k), list(v), list(it))
print("a" in k, "z" in k, 2 in v, 9 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(list(k), list(v), len(it))
del d["a"]
print(k, len(k))
d["b"] = 20
print(v, it)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(sorted(k), sorted(v, reverse=True))
for key, val in it:
    print(key, val)
print(k & {"b", "x"} == {"b"}, sorted(k | {"z"}))
print(sorted(k - {"c"}))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"])
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
print(len(d.values()), sum(d.values()))
print(list(reversed(d.keys())))
try:
    for kk in d:
        d["new"] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
print(dict(zip(d.values(), d.keys())))
