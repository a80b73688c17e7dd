# Generators that become hot themselves, and whose yielded types switch.
def gen(n):
    x = 0
    for i in range(n):
        if i == n // 2:
            x = float(x)
        if i == 3 * n // 4:
            x = x * 2**60
        x += 1
        yield x

vals = list(gen(4000))
print([repr(v) for v in vals[1998:2002]], repr(vals[2999]), repr(vals[3000]), vals[-1] > 2**70)
s = 0
for v in gen(6000):
    s += v
print("s", repr(s))

def running_avg():
    total = 0
    n = 0
    avg = None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n

ra = running_avg()
next(ra)
out = []
for i in range(3000):
    a = ra.send(i if i < 2000 else i * 0.5)
    if i % 500 == 0:
        out.append(repr(a))
print(out)

def chain(*gens):
    for g in gens:
        yield from g

c = 0
for v in chain(range(1000), "abc" * 100, [1.5] * 100, gen(100)):
    c = c + (v if not isinstance(v, str) else len(v))
print("chain", repr(c))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

def wrapper(n):
    r = yield from countdown(n)
    yield r

print(list(wrapper(5)), sum(x for x in wrapper(2000) if isinstance(x, int)))
gs = [countdown(i) for i in range(1, 200)]
tot = 0
for g in gs:
    for v in g:
        tot += v
print("tot", tot)
