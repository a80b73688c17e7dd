# Builtins found through the per-instruction global cache: shadowed by a
# module global defined later (from inside a function too), deleted again.


def measure(items, n):
    t = 0
    for _ in range(n):
        t += len(items) + abs(-2)
    return t


print(measure([1, 2, 3], 300))


def len(x):
    return 100


print(measure([1, 2, 3], 300))
del len
print(measure([1, 2, 3], 300))


def shadow_abs():
    global abs
    abs = lambda v: 1000


shadow_abs()
print(measure([1], 50))
del abs
print(measure([1], 50))
try:
    measure(5, 5)
except TypeError as e:
    print("TypeError:", e)
