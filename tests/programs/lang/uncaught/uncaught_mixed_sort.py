def normalize(values):
    out = []
    for v in values:
        if isinstance(v, str) and v.isdigit():
            out.append(int(v))
        else:
            out.append(v)
    return out


print(sorted([3, 1, 2]))
print(sorted(["b", "a", "C"]))
print(sorted(normalize(["3", 1, "2"])))
print(sorted([1, 2.5, True, 0]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("caught:", e)
try:
    max("a", 1)
except TypeError as e:
    print("caught:", e)
data = normalize(["10", 4, "x", 7])
print(data)
print(sorted(data, key=str))
print(sorted(data))
print("not reached")
