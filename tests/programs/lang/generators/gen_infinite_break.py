def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for n in naturals(5):
    if n > 8:
        break
    print("n", n)
out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)
g = fib()
print([next(g) for _ in range(10)])
print(next(g))


def take(n, it):
    res = []
    for x in it:
        if len(res) == n:
            break
        res.append(x)
    return res


print(take(5, naturals()))
print(take(3, (x * x for x in naturals(1))))
primes = (n for n in naturals(2) if all(n % d for d in range(2, n)))
print(take(10, primes))
print(next(n for n in naturals() if n * n > 200))


def cycle(items):
    while True:
        for it in items:
            yield it


print(take(7, cycle("abc")))
