# Sets of ints mutated inside hot loops; membership tests flip mid-run.
seen = set()
dups = 0
for i in range(6000):
    v = (i * 7919) % 4001
    if v in seen:
        dups += 1
    else:
        seen.add(v)
    if i % 1000 == 0:
        print(i, len(seen), dups)
print("seen", len(seen), dups, min(seen), max(seen))
a = set(range(0, 3000, 3))
b = set(range(0, 3000, 5))
print(len(a & b), len(a | b), len(a - b), len(a ^ b), sorted(a & b)[:8])
removed = 0
for i in range(3000):
    if i in a:
        a.discard(i)
        removed += 1
    if i % 7 == 0:
        a.add(i)
print("a", len(a), removed, sorted(a)[:10])
big = {2**64 + i for i in range(10)}
print(sorted(x - 2**64 for x in big), 2**64 + 3 in big, 3 in big)
hits = 0
probe = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89}
for i in range(5000):
    if i % 100 in probe:
        hits += 1
    if i == 2500:
        probe.add(0)
        probe.remove(1)
print("hits", hits, sorted(probe))
s = set()
for i in range(2000):
    s ^= {i % 13, (i * 3) % 13}
print(sorted(s), {1, 2} <= {1, 2, 3}, {1, 2, 3} > {1, 2}, {-0} == {0}, {1.0, 1} == {1})
