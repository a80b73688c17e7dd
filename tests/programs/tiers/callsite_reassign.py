# A call site whose callee changes: the called global is reassigned mid-loop.
def f(x):
    return x + 1

def g(x):
    return x * 2

def h(x):
    return -x

def k(x, y=10):
    return x - y

def run(n):
    global f
    acc = 0
    for i in range(n):
        if i == n // 4:
            f = g
        elif i == n // 2:
            f = h
        elif i == 3 * n // 4:
            f = k
        acc = (acc + f(i)) % 1000003
        if i % (n // 8) == 0:
            print(i, f.__name__, acc)
    return acc

print(run(8000))
print(run(4000))

funcs = [f, g, h, lambda x: x ** 2, abs]
res = 0
for i in range(5000):
    fn = funcs[(i // 500) % len(funcs)]
    res += fn(i - 2500)
    if i % 500 == 0:
        print("res", i, res)
print("final", res)

def make(n):
    return lambda x: x + n

caller = make(0)
s = 0
for i in range(3000):
    if i % 1000 == 999:
        caller = make(i)
    s += caller(1)
print("lam", s)
