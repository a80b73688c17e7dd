# Calls compiled code makes straight into a compiled callee (the callee's
# frame set up by the caller's code): results, exceptions and their
# tracebacks, recursion limits, callees replaced or tiering up mid-loop.
import sys


def add(a, b):
    return a + b


def many_locals(x):
    a = x + 1
    b = a * 2
    c = [a, b, x]
    d = {"k": c}
    e = (a, b)
    return len(c) + len(d) + len(e) + a + b


def with_default(x, y=10):
    return x * y


def fails(i):
    if i == 37:
        raise ValueError("bad value %d" % i)
    return i


def unbound(flag):
    if flag:
        v = 1
    return v


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def make_counter():
    total = 0

    def bump(k):
        nonlocal total
        total += k
        return total
    return bump


def gen(n):
    for i in range(n):
        yield i * i


def loop():
    s = 0
    for i in range(300):
        s += add(i, 1)
        s += many_locals(i)
        s += with_default(i)
        s += with_default(i, 2)
    print("sum", s)
    caught = 0
    for i in range(100):
        try:
            fails(i)
        except ValueError as e:
            caught += 1
            print("caught", e)
    print("caught", caught)
    bump = make_counter()
    for i in range(50):
        bump(i)
    print("closure", bump(0))
    g = 0
    for i in range(40):
        g += sum(gen(i % 5))
    print("generators", g)


loop()
print("depth", depth(200))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError", e)

# The callee a global names changes in the middle of a hot loop.
def twice(x):
    return 2 * x


def rebind_loop():
    global twice
    out = []
    for i in range(200):
        out.append(twice(i))
        if i == 120:
            twice = lambda x: -x
    print(out[118:124], sum(out))


rebind_loop()

# Arguments of every kind go through the same call.
def echo(a, b, c):
    return (a, b, c)


def kinds():
    res = []
    for i in range(100):
        res.append(echo(i, 1.5 * i, "s%d" % i))
    print(res[0], res[99])
    print(echo(2 ** 100, None, [1, 2]))


kinds()

for i in range(60):
    try:
        unbound(i < 50)
    except UnboundLocalError as e:
        print(i, e)
        break
sys.setrecursionlimit(60)
try:
    depth(100)
except RecursionError:
    print("limit 60 reached")
fails(37)
