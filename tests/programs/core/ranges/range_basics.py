rs = [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -1), range(10, 0, -3), range(0),
      range(5, 5), range(5, 2), range(2, 5, -1), range(-5, 5, 2), range(-1, -10, -2), range(0, 1, 100)]
for r in rs:
    print(repr(r), list(r), len(r), bool(r))
print(range(3), str(range(1, 4)), range(0, 10, 2))
r = range(3, 30, 4)
print(r[0], r[1], r[-1], r[-2], r[len(r) - 1])
print(r.start, r.stop, r.step)
print(r[1:4], list(r[1:4]), r[::-1], list(r[::-1]), r[::2])
print(3 in r, 7 in r, 8 in r, 30 in r, 27 in r, -1 in r)
print(r.index(11), r.count(11), r.count(12))
print(list(range(-3)), list(range(-3, 0)))
print(sum(range(101)), sum(range(0, 101, 2)), max(range(7)), min(range(3, 9)))
print(len(range(0, 10**15, 3)), range(0, 10**20, 3)[-1])
print(10**19 in range(0, 10**20, 2))
print(list(reversed(range(5))), list(reversed(range(0, 10, 4))))
print(range(0, 5) == range(0, 5, 1), range(0) == range(1, 1), range(1, 2, 5) == range(1, 3, 5))
try:
    range(1, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(range(3)).__name__)
