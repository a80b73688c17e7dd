# Calls between compiled functions made straight into the callee's code:
# exceptions raised deep in the callee, rebinding the callee, a callee that
# leaves its compiled code, recursion limits and keyword calls.
import sys


def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1) + 1


def g(n):
    try:
        return f(n)
    except ValueError as e:
        return str(e)


for i in range(300):
    g(5)
print(g(20))


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)


def h(x):
    return x * 2


def caller(k):
    t = 0
    for i in range(k):
        t += h(i)
    return t


for _ in range(200):
    caller(10)
print(caller(10))


def h(x):
    return "s"


try:
    print(caller(3))
except TypeError as e:
    print("TypeError", e)


def grows(n):
    return n * 1000000007 * 1000000007


def total(k):
    s = 0
    for i in range(k):
        s += grows(i)
    return s


for _ in range(100):
    total(5)
print(total(50))


def kw(a, b=2):
    return a + b


def use_kw(n):
    t = 0
    for i in range(n):
        t += kw(i) + kw(i, b=i) + kw(i, 1)
    return t


for _ in range(100):
    use_kw(4)
print(use_kw(30))

sys.setrecursionlimit(5000)


def d2(n):
    if n == 0:
        return 0
    return d2(n - 1) + 1


print(d2(4000))
print(f(3))
