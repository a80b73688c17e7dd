import sys

original = sys.getrecursionlimit()
print(type(original).__name__, original >= 1000)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(900))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(2000))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(500)
except RecursionError:
    print("caught with limit 200")
print(depth(100))
sys.setrecursionlimit(original)
print(sys.getrecursionlimit() == original)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", type(e).__name__)
print(depth(900))
