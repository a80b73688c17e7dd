# Mixed int/float/bigint comparisons near 2**53 and 2**63 in hot loops.
big = 2**53
cnt = [0, 0, 0]
for k in range(-1000, 1000):
    i = big + k
    f = float(i)
    if i == f:
        cnt[0] += 1
    elif i < f:
        cnt[1] += 1
    else:
        cnt[2] += 1
print("2**53", cnt)
cnt = [0, 0, 0]
for k in range(-2000, 2000, 3):
    i = 2**63 + k
    f = 9.223372036854776e18
    cnt[(i > f) - (i < f) + 1] += 1
print("2**63", cnt)
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**1000 < float("inf"), -(2**1000) > float("-inf"))
print(10**400 > 1e308, -(10**400) < -1e308, 0.5 < 1 < 1.5, 1 == 1.0, 2**64 == 18446744073709551616.0)
nan = float("nan")
flags = 0
for i in range(3000):
    x = i if i % 2 else float(i)
    if x < nan or x > nan or x == nan:
        flags += 1000
    if x != nan:
        flags += 1
    if 1000 < x <= 2000.0:
        flags += 2
print("flags", flags)
acc = 0
for i in range(5000):
    a = i * 0.75
    b = i - i // 4
    if a == b:
        acc += 1
    elif a < b:
        acc += 2
    else:
        acc += 3
print("acc", acc)
vals = [3, 2.5, 2**64, -1, -1.5, 0, -0.0, True, 2**64 + 0.0, -(2**70)]
print(sorted(vals), max(vals), min(vals))
print(sorted(vals, reverse=True)[:4])
