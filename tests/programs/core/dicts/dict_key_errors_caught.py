d = {"a": 1, 2: "two", (1, 2): "tup"}
for key in ["b", 3, (1, 3), "", None, 2.5, ("x",)]:
    try:
        print(d[key])
    except KeyError as e:
        print(type(e).__name__, e, repr(e))
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop(99)
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except KeyError as e:
    print("caught", e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
print(d)
