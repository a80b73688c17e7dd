import sys


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("caught")
    print(type(e).__name__, isinstance(e, RuntimeError))
    print(str(e).startswith("maximum recursion depth exceeded"))


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(500))
print("continuing normally")
count = 0


def counted():
    global count
    count += 1
    counted()


try:
    counted()
except RecursionError:
    print("caught again", count > 100, count <= sys.getrecursionlimit())
print(depth(800))
for i in range(3):
    try:
        forever(0)
    except RecursionError:
        print("round", i, "ok")
print(sum(range(10)))
