memo = {0: 0, 1: 1}
def fib(n):
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90))
print(fib(300))
print(len(memo))
print(fib(300) % 1000000007)
print([fib(i) for i in range(25)])
a, b = 0, 1
for i in range(5000):
    a, b = b, a + b
print(len(str(a)), str(a)[:30], a % 10 ** 12)
collatz = {1: 0}
def clen(n):
    path = []
    while n not in collatz:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = collatz[n]
    for k in reversed(path):
        base += 1
        collatz[k] = base
    return collatz[path[0]] if path else base
best = 0
best_n = 1
for n in range(1, 30001):
    c = clen(n)
    if c > best:
        best = c
        best_n = n
print(best_n, best, len(collatz))
