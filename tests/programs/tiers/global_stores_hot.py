# Global stores in hot loops (module level and `global` in functions) are
# compiled as stores to the dict entry; every way that entry can move or
# become watched by other compiled code must keep CPython's results.

total = 0
for i in range(30000):
    total += i * 3 % 7
print(total, i)

SCALE = 2


def scaled(x):
    return x * SCALE


def peek():
    return total


acc = 0
for k in range(20000):
    acc += scaled(k)
    if k == 15000:
        SCALE = 5
    total = k
    if peek() != k:
        print("stale global", k)
print(acc, total, SCALE)

# A binding deleted and stored again mid-loop, and one set through globals().
count = 0
for k in range(20000):
    count += 1
    if k == 9000:
        del count
        count = 1000
    if k == 12000:
        globals()["count"] = -5
    if k == 14000:
        globals().pop("count")
        count = 7
print(count)


def bump(n):
    global hits, last
    for j in range(n):
        hits = hits + 1
        last = j
    return hits


hits = 0
last = None
for _ in range(40):
    bump(500)
print(hits, last)

# Many new globals appearing while a loop stores to an old one.
for k in range(3000):
    total = k
    if k % 500 == 0:
        globals()["g%d" % k] = k
print(total, sorted(n for n in globals() if n.startswith("g") and n[1:].isdigit()))

# The same function code run against another globals dict.
src = """
def run(n):
    global box
    for j in range(n):
        box = j * 2
    return box
"""
ns1 = {}
ns2 = {}
exec(src, ns1)
exec(src, ns2)
for _ in range(50):
    ns1["run"](300)
print(ns1["box"], "box" in ns2, ns2["run"](10), ns2["box"], ns1["box"])
exec(compile("for q in range(2000):\n    box = q\n", "<s>", "exec"), ns1)
print(ns1["box"], ns1["q"])


# A loop compiled while a global it stores was watched by nothing, then a
# function compiled later reads that global as a constant: the loop's
# store of a new value must reach the function.
def times_factor(x):
    return x * FACTOR


FACTOR = 1
acc = 0
for k in range(30000):
    FACTOR = 3 if k >= 25000 else 1
    if k >= 10000:
        acc += times_factor(k)
print(acc, FACTOR)
