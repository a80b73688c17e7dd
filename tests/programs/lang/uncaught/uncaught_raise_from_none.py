def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError("no entry for " + key) from None


table = {"one": 1, "two": 2}
print(sorted(table))
print(len(table), "entries")
for k in ["one", "two"]:
    print(k, lookup(table, k))
try:
    lookup(table, "three")
except LookupError as e:
    print("suppressed context:", e.__suppress_context__, e.__cause__)
values = []
for k in ["two", "one", "four"]:
    values.append(lookup(table, k))
    print(values)
print("not reached")
