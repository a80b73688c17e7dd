# Cells (closure variables, `nonlocal`) read and written in hot compiled
# code: values change between and during calls, a cell empty when read
# raises as in CPython.


def make_counter(step):
    count = 0

    def bump(times):
        nonlocal count
        for _ in range(times):
            count += step
        return count

    def peek():
        return count

    return bump, peek


bump, peek = make_counter(3)
for _ in range(300):
    bump(50)
print(peek(), bump(1))


def scaler(k):
    def scale(x):
        return x * k + 1
    return scale


s2, s3 = scaler(2), scaler(3.5)
total = 0
for i in range(20000):
    total += s2(i) + s3(i)
print(total)


def late():
    def inner(n):
        acc = 0
        for i in range(n):
            acc += later
        return acc
    try:
        inner(5)
    except NameError as e:
        print("NameError:", e)
    later = 4
    for _ in range(200):
        inner(30)
    print(inner(30))
    del later
    try:
        inner(3)
    except NameError as e:
        print("NameError again:", e)


late()


def rebinding():
    v = 1
    out = []

    def get():
        return v

    for i in range(30000):
        if i % 10000 == 0:
            out.append(get())
        v = i if i < 25000 else "text"
    out.append(get())
    return out


print(rebinding())


def own_cells(n):
    total = 0

    def add(x):
        nonlocal total
        total += x

    for i in range(n):
        add(i)
        if i == n - 2:
            total = total * 2**50
    return total


for _ in range(50):
    own_cells(100)
print(own_cells(1000))
