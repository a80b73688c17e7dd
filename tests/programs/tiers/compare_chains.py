# Chained comparisons on changing types in hot loops.
def classify(v, lo, hi):
    if lo <= v < hi:
        return 0
    if v < lo:
        return -1
    return 1

counts = [0, 0, 0]
for i in range(6000):
    v = (i * 37) % 1000
    if i >= 3000:
        v = v + 0.5
    if i >= 4500:
        v = v * 2**60
    counts[classify(v, 250, 750 if i < 4500 else 750 * 2**60) + 1] += 1
print(counts)
n = 0
for a in range(20):
    for b in range(20):
        for c in range(10):
            if a < b < c:
                n += 1
            if a == b == c:
                n += 100
            if a != b != c:
                n += 1000
            if a <= b > c >= 0:
                n -= 1
print("n", n)
print(1 < 2.5 < 3 < 2**64 < float("inf"), 1 < 2 > 1.5, "a" < "b" < "c", [1, 2] < [1, 3] < [2])
print((1, 2) < (1, 2, 0) <= (1, 3), 0 == 0.0 == -0.0 == False, None is None is not False)
s = 0
for i in range(5000):
    x = i % 100
    s += (10 < x < 20) + ((x in (1, 2, 3)) < True) + (0 <= x - 50 <= 5) * 3
print("s", s)
calls = []

def f(v):
    calls.append(v)
    return v

r = f(1) < f(0) < f(5)
print(r, calls)
calls.clear()
r = f(1) < f(2) < f(0) < f(9)
print(r, calls)
strs = ["b", "ab", "abc", "", "ba", "b"]
print(sorted(strs), [a < b for a, b in zip(strs, strs[1:])])
k = 0
for i in range(3000):
    a = i if i < 1500 else str(i)
    if a == 1499 or a == "1500" or a == 1500:
        k += 1
print("k", k)
