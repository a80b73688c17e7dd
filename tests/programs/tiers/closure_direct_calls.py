# Hot calls of closures: compiled code calls them straight into their code,
# copying the closure's cells into the callee's free variable registers.
# Cells rebound by another closure mid-loop, recursive closures, closures
# over several cells, defaults (which take the general path) and errors.
def counter():
    n = 0

    def bump(k):
        nonlocal n
        n += k
        return n

    def peek():
        return n

    return bump, peek


def make_fib():
    def fib(x):
        return x if x < 2 else fib(x - 1) + fib(x - 2)
    return fib


def make_poly(a, b, c):
    def poly(x):
        return (a * x + b) * x + c
    return poly


def make_default(k):
    def f(x, y=k):
        return x + y
    return f


def run(n):
    bump, peek = counter()
    poly = make_poly(2, 3, 4)
    fib = make_fib()
    dflt = make_default(7)
    t = 0
    for i in range(n):
        t += bump(i % 5) + peek()
        t += poly(i % 11)
        t += dflt(i)
        if i % 50 == 0:
            t += fib(12)
    return t, peek()


print(run(3000))


def rebinding(n):
    scale = 1

    def f(x):
        return x * scale

    def set_scale(v):
        nonlocal scale
        scale = v

    t = 0
    for i in range(n):
        if i == n // 2:
            set_scale(-3)
        t += f(i)
    return t


print(rebinding(2000))


def failing(n):
    limit = n // 2

    def check(x):
        if x > limit:
            raise ValueError("too big: %d" % x)
        return x

    t = 0
    for i in range(n):
        t += check(i)
    return t


try:
    failing(1000)
except ValueError as e:
    print("ValueError:", e)


def unbound():
    def inner(x):
        return x + later

    try:
        for i in range(300):
            inner(i)
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = 1
    return sum(inner(i) for i in range(300))


print(unbound())
