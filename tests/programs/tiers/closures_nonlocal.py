# Closures with nonlocal counters updated from hot loops.
def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    def get():
        return count
    return inc, get

inc, get = make_counter(3)
for i in range(5000):
    inc()
    print(i, get()) if i % 1000 == 0 else None
print("counter", get())

incf, getf = make_counter(0.5)
for i in range(3000):
    incf()
print("float counter", repr(getf()))
def make_acc():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(total) if len(history) < 5 else None
        return total
    return add, history

add, hist = make_acc()
for i in range(4000):
    if i == 2000:
        add(2**64)
    elif i == 3000:
        add(-(2**64))
    else:
        add(i % 5)
print("acc", add(0), hist)

def outer():
    x = 0
    fs = []
    for i in range(5):
        def f(k, i=i):
            nonlocal x
            x += k * i
            return x
        fs.append(f)
    for j in range(2000):
        fs[j % 5](j % 3)
    return x

print("outer", outer())

def make_switch():
    mode = "int"

    def step(v):
        nonlocal mode
        if mode == "int" and v > 1000:
            mode = "str"
        return v + 1 if mode == "int" else str(v)[-2:]

    return step

step = make_switch()
v = 0
out = []
for i in range(1500):
    r = step(v)
    if isinstance(r, int):
        v = r
    else:
        out.append(r)
print("switch", v, len(out), out[:3])
