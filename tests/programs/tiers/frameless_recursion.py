# Pure recursive functions run in the FTL's frameless clone once hot; every
# way the clone can bail (an argument of another type deep down, an int
# leaving the inline range, the recursion limit, an exception, a global
# rebound or a list item changed between calls) must give CPython's result.
import sys
import traceback


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for _ in range(400):
    fib(8)
print(fib(24))
print(fib(18.0), fib(12.5), fib(True))


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


for _ in range(200):
    tak(6, 4, 2)
    ack(1, 3)
print(tak(18, 12, 6), tak(12.0, 8, 4), ack(2, 3), ack(2, 200))


# Results that leave the inline int range partway: big ints.
def tri(n):
    if n == 0:
        return 0
    return n * 1000000000000 + tri(n - 1)


def climb(n, k):
    if k == 0:
        return n
    return climb(n * 3 + 1, k - 1)


for _ in range(300):
    tri(5)
    climb(1, 5)
print(tri(300), climb(1, 20), climb(1, 60))


# The recursion limit: a depth the clone can go to, one it must refuse.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


for _ in range(300):
    depth(10)
print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(30000)
print(depth(20000))
sys.setrecursionlimit(300000)
print(depth(200000))
sys.setrecursionlimit(1000)
try:
    depth(1200)
except RecursionError as e:
    print("RecursionError again:", e)
print(depth(500))


# An exception at the bottom of the recursion: same traceback depth.
def inv(n):
    if n == 0:
        return 1 // n
    return inv(n - 1) + 1


for _ in range(300):
    try:
        inv(3)
    except ZeroDivisionError:
        pass


try:
    inv(40)
except ZeroDivisionError as e:
    shown = traceback.format_exc()
    print("ZeroDivisionError:", e, shown.count("in inv"), len(shown.splitlines()))


# A bail below a result that only `is` reads still bails.
def probe(n, d):
    if n == 0:
        return 1 // d
    return probe(n - 1, d) is None


for _ in range(300):
    probe(5, 1)
print(probe(30, 1))
try:
    print(probe(30, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


# Globals read by the recursion, changed between calls.
weights = [1, 2, 3]
scale = 2


def wsum(i):
    if i < 0:
        return 0
    return weights[i % 3] * i * scale + wsum(i - 1)


for _ in range(300):
    wsum(6)
print(wsum(100))
weights[1] = 2.5
print(wsum(100))
scale = 3
print(wsum(100))
weights = [7, 8, 9, 10]
print(wsum(100))
weights = (1, 2, 3)
print(wsum(50))


# The function rebound while an old reference still calls it by name.
def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


for _ in range(300):
    count(20)
old = count
print(old(50))


def count(n):
    return -1000


print(old(50), count(50))


# Values of other kinds flowing through: bools, None, floats, strs.
def pick(n):
    if n <= 0:
        return n == 0
    return pick(n - 2)


def half(x):
    if x < 1:
        return x
    return half(x / 2)


def grow(s, n):
    if n == 0:
        return s
    return grow(s + s, n - 1)


for _ in range(300):
    pick(6)
    half(40)
    grow(1, 4)
print(pick(101), pick(100), half(1000), half(10**20), grow(1, 40), grow("ab", 4), grow([1], 3))
