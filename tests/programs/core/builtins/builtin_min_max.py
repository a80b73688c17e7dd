print(max(3, 1, 2), min(3, 1, 2))
print(max([4, 9, 2]), min([4, 9, 2]))
print(max("hello"), min("hello"))
print(max((1, 2), (1, 3)), min([[3], [1, 2]]))
print(max(range(10)), min(range(5, 10)))
print(max([1, 2.5, 2]), min([-1, -1.5, 0]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([3, -7, 5], key=abs), min([3, -7, 5], key=abs))
print(max([], default="empty"), min([], default=None))
print(max([1], default=99), max([2, 1], key=lambda x: -x, default=0))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(max([(1, "b"), (1, "a")]), max("a", "b", key=lambda c: 0))
print(max([5, 1, 5, 1], key=lambda x: x % 2))
words = {"x": 3, "y": 9, "z": 1}
print(max(words, key=lambda k: words[k]), min(words))
print(max(2**100, 2**99), min(-2**100, 3))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
