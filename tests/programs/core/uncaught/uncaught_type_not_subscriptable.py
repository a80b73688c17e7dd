print({"x": [1, 2]}["x"][1], [(1, 2)][0][1])
print([1, 2, 3][-1], "xyz"[1], (4, 5)[0], {"a": 1}["a"], range(5)[2])
print([[0] * 2][0], "ab"[::-1], (1, 2, 3)[1:])
for container in ["str", [1], (2,)]:
    print(type(container).__name__, container[0])
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
