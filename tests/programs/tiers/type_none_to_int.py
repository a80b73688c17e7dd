# Variables that start as None and become ints (and back) in hot loops.
def find_max(seq):
    best = None
    for x in seq:
        if best is None or x > best:
            best = x
    return best

data = [(i * 7919) % 10007 for i in range(5000)]
print(find_max(data), find_max([]), find_max([-5]))

def track(n):
    last = None
    gaps = 0
    count_none = 0
    for i in range(n):
        if i % 13 == 0 or i % 17 == 0:
            if last is not None:
                gaps += i - last
            last = i
        elif i % 101 == 0:
            last = None
            count_none += 1
        if i % 1000 == 0:
            print(i, last, gaps, count_none)
    return last, gaps, count_none

print(track(8000))

cache = [None] * 50
hits = 0
for i in range(6000):
    k = (i * 31) % 50
    if cache[k] is None:
        cache[k] = k * k
    else:
        hits += 1
        cache[k] = cache[k] + 1
    if i == 4000:
        cache[3] = None
print(hits, cache[:8], sum(cache))
v = None
for i in range(3000):
    v = (v or 0) + 1 if i != 2000 else None
print(v)
