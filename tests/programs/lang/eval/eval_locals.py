# eval()/exec() without namespaces see the caller's locals (a snapshot in functions).
g = 1


def f(a, b=2):
    c = a * 10
    print(eval("a + b + c + g"))
    exec("c = 999\nd = a - 1")
    print(c)
    print(sorted(k for k in eval("dir()")) if False else eval("[a, b, c]"))


def outer():
    x = 5

    def inner(y):
        seen = x
        return eval("x + y + seen")

    def blind(y):
        try:
            return eval("x + y")
        except NameError as e:
            return str(e)

    return inner(3), blind(1)


class K:
    attr = 7
    doubled = eval("attr * 2")


def loop(n):
    total = 0
    for i in range(n):
        total += eval("i * 2 + total % 3")
    return total


f(3)
print(outer(), K.doubled, loop(500))
print(eval("g"), eval("h", {"h": 4}), eval("z", {}, {"z": 6}))
