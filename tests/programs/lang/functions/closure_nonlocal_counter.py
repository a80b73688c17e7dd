def make_counter(start=0, step=1):
    count = start

    def incr():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    return incr, reset, peek


inc, reset, peek = make_counter()
print(inc(), inc(), inc(), peek())
reset()
print(peek(), inc())
inc2, reset2, peek2 = make_counter(100, 10)
print(inc2(), inc2(), peek(), peek2())


def outer():
    x = "outer"

    def middle():
        nonlocal x
        x = "middle"

        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    r = middle()
    return r, x


print(outer())


def running_average():
    total = 0
    n = 0

    def add(v):
        nonlocal total, n
        total += v
        n += 1
        return total / n
    return add


avg = running_average()
print([avg(v) for v in [10, 20, 30, 40]])
g = 5


def use_global():
    global g
    g += 1
    return g


print(use_global(), use_global(), g)
