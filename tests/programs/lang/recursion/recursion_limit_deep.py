import sys

sys.setrecursionlimit(5000)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(2000))


def count_nested(lst):
    if not isinstance(lst, list):
        return 0
    return 1 + max([count_nested(x) for x in lst], default=0)


nested = []
for _ in range(1000):
    nested = [nested]
print(count_nested(nested))
sys.setrecursionlimit(1000)
try:
    depth(3000)
except RecursionError:
    print("caught after lowering limit")
print(depth(900))
