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
