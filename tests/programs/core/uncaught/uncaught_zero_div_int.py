def safe_ratio(a, b):
    if b == 0:
        return None
    return a // b
values = [(10, 3), (-10, 3), (7, 0), (100, -7), (0, 5)]
for a, b in values:
    print(a, b, safe_ratio(a, b))
total = 0
for a, b in values:
    r = safe_ratio(a, b)
    if r is not None:
        total += r
print("total", total)
denoms = [5, 4, 3, 2, 1, 0]
acc = 1000
for d in denoms:
    print("dividing", acc, "by", d)
    acc = acc // d
    print("now", acc)
print("unreachable")
