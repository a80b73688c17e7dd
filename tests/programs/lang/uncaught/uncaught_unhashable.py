def group_by_first(rows):
    groups = {}
    for row in rows:
        key = row[0]
        print("key", repr(key))
        groups.setdefault(key, []).append(row[1:])
    return groups


g = group_by_first([("a", 1), ("b", 2), ("a", 3)])
print(sorted(g.items()))
g2 = group_by_first([((1, 2), "t"), ((1, 2), "u")])
print(g2)
try:
    {[1]: 2}
except TypeError as e:
    print("caught:", e)
seen = set()
for item in [1, (2, 3), "x"]:
    seen.add(item)
print(len(seen))
rows = [(1, "one"), ([2, 3], "list key")]
print(group_by_first(rows))
print("not reached")
