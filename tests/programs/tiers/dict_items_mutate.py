# Loops over dict items that mutate the values (not the keys).
d = {i: i * 2 for i in range(200)}
for rep in range(30):
    for k, v in d.items():
        d[k] = (v * 3 + k) % 1009
    if rep % 5 == 0:
        print(rep, d[0], d[1], d[199], sum(d.values()))
print("sum", sum(d.values()))

names = {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4}
for i in range(2000):
    for k in names:
        names[k] += len(k)
    if i == 1000:
        names["beta"] = 0.5
print(names)

counts = {}
text = "the quick brown fox jumps over the lazy dog " * 40
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
for k, v in counts.items():
    counts[k] = v * 10 if len(k) > 3 else -v
print(sorted(counts.items()))

inv = {}
for k, v in d.items():
    inv.setdefault(v % 10, []).append(k)
print(sorted((k, len(v)) for k, v in inv.items()))

acc = {"i": 0, "f": 0.0, "s": ""}
for i in range(3000):
    for k, v in acc.items():
        if k == "s":
            acc[k] = (v + str(i % 10))[-5:]
        else:
            acc[k] = v + 1
print(acc)
nested = {i: {"n": i, "sq": i * i} for i in range(50)}
tot = 0
for rep in range(100):
    for k, inner in nested.items():
        inner["n"] += 1
        tot += inner["sq"] - inner["n"]
print("nested", tot, nested[49])
d2 = dict.fromkeys(range(10), 0)
for i in range(5000):
    d2[i % 10] += i
print(list(d2.items()))
