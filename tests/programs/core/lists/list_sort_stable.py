nums = [5, 2, 9, 1, 5, 6, -3, 0, 2]
print(sorted(nums), nums)
print(sorted(nums, reverse=True))
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: w[-1]))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(sorted(pairs, key=lambda p: p[0]), key=lambda p: p[1]))
recs = [(i % 3, i) for i in range(10)]
recs.sort(key=lambda r: r[0])
print(recs)
recs.sort(key=lambda r: -r[0], reverse=True)
print(recs)
print(sorted([3.5, 1, True, 2, 0.5, False]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([], reverse=True), sorted([1]))
print(sorted([[2, 1], [1, 2], [1], []]))
print(sorted(range(10), key=lambda x: (x % 2, -x)))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
