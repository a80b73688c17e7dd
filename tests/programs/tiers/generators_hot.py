# Generators consumed inside hot loops, including ones that change yield types.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(n):
    for i in range(n):
        yield i * i

def mixed(n):
    for i in range(n):
        if i < n // 2:
            yield i
        elif i < 3 * n // 4:
            yield i + 0.5
        else:
            yield str(i)

s = 0
for x in counter(5000):
    s += x
print("counter", s)
print("squares", sum(squares(3000)))
ints = 0
floats = 0.0
strs = 0
for v in mixed(4000):
    if isinstance(v, int):
        ints += v
    elif isinstance(v, float):
        floats += v
    else:
        strs += len(v)
print("mixed", ints, repr(floats), strs)

def take(gen, k):
    out = []
    for x in gen:
        if len(out) >= k:
            break
        out.append(x)
    return out

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = take(fib_gen(), 100)
print(f[:10], f[99], f[95] > 2**63)
tot = 0
for rep in range(500):
    g = squares(10)
    tot += next(g) + next(g) + next(g) + sum(g)
print("reps", tot)

def pipeline(n):
    evens = (x for x in counter(n) if x % 2 == 0)
    doubled = (x * 2 for x in evens)
    return sum(doubled)

print([pipeline(k) for k in (10, 100, 1000, 5000)])

def sender():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v

g = sender()
next(g)
last = 0
for i in range(2000):
    last = g.send(i % 17)
print("send", last)
