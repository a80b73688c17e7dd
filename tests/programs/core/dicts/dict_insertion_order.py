d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
del d["a"]
print(d)
d["a"] = "back"
print(d)
d["z"] = "updated"
print(d)
d.pop("m")
d["m"] = "readded"
print(list(d.keys()))
n = {}
for i in [5, 3, 9, 1, 3, 5]:
    n[i] = i * i
print(n)
for i in [9, 5]:
    del n[i]
n[5] = "five"
n[0] = "zero"
print(n)
print(list(n.items()))
e = dict.fromkeys([3, 1, 2])
e.update({1: "one", 4: "four"})
print(e)
e.setdefault(0, "zero")
e.setdefault(3, "three")
print(e)
print(list(reversed(list(e))))
f = {"b": 1, "a": 2}
g = {"a": 2, "b": 1}
print(f == g, list(f) == list(g))
big = {}
for i in range(20):
    big[i * 7 % 20] = i
print(list(big)[:10])
for i in range(0, 20, 2):
    del big[i]
print(list(big))
