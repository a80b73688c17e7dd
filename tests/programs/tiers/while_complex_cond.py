# While loops with compound conditions that change outcome mid-run.
def collatz_len(n):
    steps = 0
    while n != 1 and steps < 1000:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

best = (0, 0)
for i in range(1, 3000):
    l = collatz_len(i)
    if l > best[1]:
        best = (i, l)
        print("new best", best)
print("best", best)

a, b = 0, 10000
it = 0
while a < b and (a * b) % 7 != 3 or it < 5:
    a += 3
    b -= 2
    it += 1
print("ab", a, b, it)

x = 1.0
y = 1
n = 0
while (x < 1e6 or y < 10**9) and not (n > 500):
    x *= 1.1
    y = y * 3 // 2 + 1
    n += 1
print("xy", repr(x), y, n)

s = "abcdefghij" * 50
i = 0
cnt = 0
while i < len(s) and (s[i] != "j" or i < 400):
    if s[i] in "aeiou":
        cnt += 1
    i += 1
print("scan", i, cnt)

lo, hi = 0, 10**18
target = 123456789012345678
probes = 0
while lo < hi:
    mid = (lo + hi) // 2
    probes += 1
    if mid < target:
        lo = mid + 1
    else:
        hi = mid
print("bsearch", lo, probes, lo == target)
k = 0
v = None
while v is None or (v < 5000 and v != 4096):
    v = (v or 1) * 2 if k % 2 == 0 else v + 1
    k += 1
print("v", v, k)
