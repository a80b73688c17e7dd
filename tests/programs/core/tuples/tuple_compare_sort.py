data = [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (3, "a"), (2, "b")]
print(sorted(data))
print(sorted(data, reverse=True))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: (t[1], -t[0])))
print(max(data), min(data))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (1, 3) > (1, 2, 99), () < (0,))
print((1, "a") == (1, "a"), (1, 2) != (2, 1), (1, 2.0) == (1, 2))
print((0, float("inf")) < (1, 0), (2,) >= (2,), (2,) <= (1, 9))
print(((1, 2), 3) < ((1, 3), 0))
print(data.count((2, "b")), data.index((1, "a")))
uniq = []
for t in data:
    if t not in uniq:
        uniq.append(t)
print(uniq)
grades = [("ann", 90, 3), ("bob", 85, 1), ("cy", 90, 2), ("di", 85, 4)]
by_score = sorted(grades, key=lambda g: (-g[1], g[2]))
print([g[0] for g in by_score])
print(sorted([(True, 1), (False, 2), (True, 0)]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
