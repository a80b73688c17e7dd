def lookup(container, key):
    return container[key]
print(lookup([1, 2, 3], 1))
print(lookup("abc", -1))
print(lookup({"k": "v"}, "k"))
print(lookup((9, 8), 0))
print(lookup(range(10), 5))
print(lookup([[1, 2], [3, 4]], 1))
values = [10, None, 30]
print(values)
for v in values[:1]:
    print(lookup([v], 0))
print("subscripting an int")
x = 5
print(lookup(x, 0))
