# Small pure functions called from hot loops (the FTL inlines them): the
# callee rebound mid-run, a callee raising inside the inlined body (the
# traceback shows its frame), results changing type, globals the callee
# reads changing, branches and comparisons in the callee.
def area(w, h):
    return w * h


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


SCALE = 2


def scaled(x):
    return x * SCALE + 1


def inv(x):
    return 1.0 / x


def run(n):
    t = 0
    for i in range(n):
        t += area(i, 3) + clamp(i - 50, 0, 20) + scaled(i)
    return t


def inverses(xs):
    s = 0.0
    for x in xs:
        s += inv(x)
    return s


print(run(300))
print(run(300))
SCALE = 2.5
print(run(300))
SCALE = "ab"
try:
    print(run(3))
except TypeError as e:
    print("TypeError", e)
SCALE = 2
print(run(2**20 // 1000))


def area(w, h):  # noqa: F811 - rebound on purpose
    return w + h


print(run(300))
print(inverses([1.0, 2.0, 4.0] * 100))
print(inverses([3, 5, 7.5] * 100))
print(clamp(2**70, 0, 2**80), clamp(-(2**70), 0, 1), area("a", "b"))
print(inverses([1.0, 2.0, 0.0, 4.0]))
