k, v = ("key", "value")
print(k, v)
lo, hi = sorted([9, 2])
print(lo, hi)
q, r = divmod(17, 5)
print(q, r)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, name in pairs:
    print(num, name)
a, b = "xy"
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
x, y = y, x = 1, 2
print(x, y)
records = [("ann", 30), ("bob", 25), ("cy", 40, "extra")]
for rec in records:
    print("record", rec)
    name, age = rec
    print(name, age)
