def noisy(n):
    for i in range(n):
        print("  computing", i)
        yield i


print("creating generator")
g = noisy(3)
print("created, nothing computed yet")
print("first:", next(g))
print("mapping")
m = map(lambda v: v * 100, noisy(3))
print("map object made")
print(next(m))
print("zip with short list")
print(list(zip(noisy(5), [10, 20])))
print("filter")
f = filter(lambda v: v == 2, noisy(4))
print(list(f))
print("enumerate")
e = enumerate(noisy(2), start=5)
print(list(e))
print("slicing via zip with range")
print([v for _, v in zip(range(2), noisy(10))])
print("generator expression over generator")
sq = (v * v for v in noisy(3))
print(next(sq), next(sq))
print("done")
