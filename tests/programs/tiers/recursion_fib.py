# Recursive fib: the same function becomes hot through recursion alone.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

for n in range(18, 23):
    print("fib", n, fib(n))

def fibf(n):
    if n < 2:
        return float(n)
    return fibf(n - 1) + fibf(n - 2)

print(repr(fibf(18)), repr(fibf(20)))

calls = 0
def counted(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return counted(n - 1) + counted(n - 2)

print(counted(19), calls)

def tri(n):
    return 0 if n == 0 else n + tri(n - 1)

print([tri(k) for k in (10, 100, 500)])

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

g = 0
for i in range(1, 3000):
    g += gcd(i * 7919, 104729 * (i % 13 + 1))
print("gcd sum", g)

def power(b, e):
    if e == 0:
        return 1
    h = power(b, e // 2)
    return h * h * (b if e % 2 else 1)

print(power(3, 50), power(7, 100) % 1000000007, power(2, 64))
