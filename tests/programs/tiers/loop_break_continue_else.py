# break / continue / for-else / while-else in hot loops.
def first_multiple(seq, k):
    for x in seq:
        if x % k == 0 and x > 0:
            break
    else:
        return None
    return x

def primes(n):
    out = []
    for c in range(2, n):
        for p in out:
            if p * p > c:
                out.append(c)
                break
            if c % p == 0:
                break
        else:
            out.append(c)
    return out

ps = primes(3000)
print(len(ps), ps[:10], ps[-3:], sum(ps))
print([first_multiple(range(1, 1000), k) for k in (7, 997, 1001)])
s = 0
skipped = 0
for i in range(10000):
    if i % 3 == 0:
        skipped += 1
        continue
    if i > 9000:
        break
    s += i
print("s", s, skipped)
i = 0
found = -1
while i < 5000:
    i += 1
    if i % 2:
        continue
    if i * i % 4999 == 1:
        found = i
        break
else:
    found = -2
print("found", found, i)
j = 0
while j < 3000:
    j += 2
else:
    print("while else", j)
count = 0
for a in range(60):
    for b in range(60):
        if (a + b) % 7 == 0:
            continue
        if b > a:
            break
        count += 1
    else:
        count += 100
print("count", count)
