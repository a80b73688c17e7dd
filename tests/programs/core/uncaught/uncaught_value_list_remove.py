pool = [1, 2, 3, 2, 1]
pool.remove(2)
print(pool)
pool.remove(1)
print(pool, pool.count(1), pool.count(2))
items = ["apple", "banana", "cherry", "banana"]
print(items)
items.remove("banana")
print(items)
items.remove("banana")
print(items)
print("apple" in items, items.count("cherry"))
items.append("date")
items.insert(1, "fig")
print(items)
to_remove = ["fig", "date", "kiwi"]
for t in to_remove:
    print("removing", t)
    items.remove(t)
    print(items)
