d = {"a": 1, "b": 2, "c": 3}
print(d, len(d))
print(d["a"], d["c"])
d["d"] = 4
d["a"] = 100
print(d)
del d["b"]
print(d, len(d))
print("a" in d, "b" in d, "b" not in d, 100 in d)
print({}, {1: 1}, {1: {2: {3: 4}}}, {"x": [1, 2], "y": (3,)})
print(repr({"it's": "q\"d"}))
e = {1: "int", 1.0: "float", True: "bool"}
print(e)
f = {"k": 1, "k": 2}
print(f)
g = {0: "zero", -1: "neg", 10**20: "big", None: "none", "": "empty", (): "tuple"}
print(g)
print(g[10**20], g[None], g[""], g[()], g[0.0], g[False])
d2 = d
d2["z"] = 26
print(d)
print(d == {"a": 100, "c": 3, "d": 4, "z": 26})
print({"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
x = {"n": 0}
for i in range(5):
    x["n"] += i
print(x)
