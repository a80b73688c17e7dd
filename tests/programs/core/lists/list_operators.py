a = [1, 2, 3]
b = [4, 5]
print(a + b, b + a, a * 2, 2 * a)
print(1 in a, 4 in a, 4 not in a, [1] in [[1]])
print(len(a + b), len(a * 0))
print(a == [1, 2, 3], a != [1, 2, 3], a < b, a > b)
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99], [] < [0], [0] < [0.5])
print([1, 2] <= [1, 2], [2] >= [1, 5])
print([[1, 2], [1]] < [[1, 2], [2]])
print(max([[1, 2], [3], [1, 5]]), min([[1, 2], [3], [1, 5]]))
c = a
c = c + [4]
print(a, c)
d = a
d += [4]
print(a, d, a is d)
print(list(reversed(a)), a[::-1])
print(sum([[1], [2, 3], []], []))
print([1, [2, 3]] * 2)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] - [1]
except TypeError as e:
    print(type(e).__name__, e)
