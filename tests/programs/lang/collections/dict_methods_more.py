d = dict(a=1, b=2)
print(d)
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d)
print(d.pop("missing", "dflt"))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
print(d.popitem(), d)
print(dict.fromkeys(["p", "q"], 0), dict.fromkeys("ab"))
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
print({**d, "a": "override"})
print(d | {"new": 1})
d |= {"m": 5}
print(d)
print(list(d), len(d), "m" in d, 5 in d)
inv = {v: k for k, v in d.items()}
print(inv)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested)
print(dict([(1, "one"), (2, "two")]), dict(zip("ab", [1, 2])))
d.clear()
print(d, bool(d))
print({1: "int", 1.0: "float", True: "bool"})
