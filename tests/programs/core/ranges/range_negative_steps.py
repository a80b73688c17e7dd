for args in [(10, 0, -1), (10, 0, -2), (10, -1, -3), (0, -10, -4), (-1, -2, -1), (5, 5, -1), (0, 5, -1), (3, -3, -2)]:
    r = range(*args)
    print(args, list(r), len(r), r)
r = range(20, -20, -7)
print(list(r), r[0], r[-1], r[2], r[-3], len(r))
print(20 in r, 6 in r, 7 in r, -15 in r, -16 in r, -20 in r)
print(r.index(-1), r.count(13), r.count(12))
print(list(r[1:4]), r[1:4], r[::-1], list(r[::-1]), list(r[::2]))
print(r[-2:], list(r[-2:]), r[10:], list(r[10:]))
total = 0
for i in range(100, 0, -1):
    total += i
print(total)
countdown = []
for i in range(5, 0, -1):
    countdown.append(i)
print(countdown + ["liftoff"])
s = "abcdefgh"
print("".join([s[i] for i in range(len(s) - 1, -1, -2)]))
print(list(range(0, -5, -1)), list(range(-5, 0, 1)))
print(sum(range(-10, 11)), max(range(10, 0, -3)), min(range(10, 0, -3)))
print(list(reversed(range(10, 0, -3))), list(reversed(range(1, 11, 3))))
