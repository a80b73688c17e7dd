people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cat", 31, "la"), ("dan", 19, "nyc")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(max(people, key=lambda p: p[1]))
print(min(people, key=lambda p: len(p[2])))
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1]))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs))
print(sorted(nums, key=lambda n: (n % 2, n)))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=lambda k: d[k]))
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort(key=lambda t: t[0])
print(pairs)
print(sorted([[3, 1], [2], [1, 2, 3]], key=sum))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
print((lambda x, y=10: x + y)(5))
