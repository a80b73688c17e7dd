# Closures capturing cells that are rebound (with new types) while hot.
def make():
    state = 0

    def read():
        return state

    def write(v):
        nonlocal state
        state = v

    return read, write

read, write = make()
acc = 0
for i in range(6000):
    if i == 2000:
        write(0.5)
    elif i == 4000:
        write(2**66)
    acc += read()
    if i % 1000 == 0:
        print(i, repr(acc))
print("acc", repr(acc))

def compose(fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run

fs = [lambda x: x + 1, lambda x: x * 2]
r = compose(fs)
out = []
for i in range(3000):
    if i == 1000:
        fs.append(lambda x: x - 3)
    if i == 2000:
        fs[0] = lambda x: x * 0.5
    if i % 500 == 0:
        out.append(r(i))
print(out)

def counter_factory():
    counters = []
    for i in range(5):
        def c(n=[0], step=i):
            n[0] += step
            return n[0]
        counters.append(c)
    return counters

cs = counter_factory()
for i in range(2500):
    cs[i % 5]()
print([c() for c in cs])

def adder(n):
    def add(x):
        return x + n
    return add

adders = [adder(k) for k in (1, 2.5, "s")]
r1 = 0
for i in range(3000):
    r1 = adders[0](r1) if i < 2000 else adders[1](r1)
print(repr(r1), adders[2]("x"))
