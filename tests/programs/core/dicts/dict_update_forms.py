base = {"a": 1, "b": 2}
d = dict(base)
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("a", 10)])
print(d)
d.update((("e", 5),))
print(d)
d.update(f=6, a=100)
print(d)
d.update({"g": 7}, h=8)
print(d)
d.update(zip(["i", "j"], [9, 10]))
print(d)
d.update({})
d.update([])
print(len(d), list(d))
merged = {}
for part in [{"x": 1}, {"y": 2}, {"x": 3}]:
    merged.update(part)
print(merged)
m2 = dict(base, c=3)
print(m2, base)
m3 = dict(base)
m3.update(base)
print(m3 == base)
order = {"k1": 0}
order.update({"k2": 0, "k1": 1})
print(order)
try:
    d.update([("only",)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
