def outer(n):
    print("outer", n)

    def helper(m):
        print("helper", m)
        return m * 2

    def inner(k):
        return helper(k) + n

    return inner(n) + inner(1)


print(outer(5))


def make_tree_printer(indent):
    def show(tree, level=0):
        name, children = tree
        print(indent * level + name)
        for ch in children:
            show(ch, level + 1)
    return show


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
make_tree_printer("  ")(tree)
make_tree_printer("-")(tree)


def fib_closure():
    cache = {}

    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib, cache


fib, cache = fib_closure()
print(fib(40), len(cache))


def countdown_closure(n):
    def go(k):
        if k == 0:
            return ["liftoff"]
        return [k] + go(k - 1)
    return go(n)


print(countdown_closure(5))
