def inner(n):
    for i in range(n):
        yield i
    return "inner done %d" % n


def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    yield from ["x", "y"]
    yield from "ab"
    return r1 + " & " + r2


g = outer()
print(list(g))


def wrapper():
    result = yield from outer()
    print("wrapper got", repr(result))
    yield "final"


print(list(wrapper()))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3,), range(4, 6), {7: "a"})))


def tree_walk(t):
    if isinstance(t, list):
        for x in t:
            yield from tree_walk(x)
    else:
        yield t


print(list(tree_walk([1, [2, [3, 4]], [[5]], 6])))
