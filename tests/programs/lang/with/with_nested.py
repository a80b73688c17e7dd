class Ctx:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Ctx.depth += 1
        print("  " * Ctx.depth + "enter " + self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("  " * Ctx.depth + "exit " + self.name + (" with " + exc_type.__name__ if exc_type else ""))
        Ctx.depth -= 1
        return self.name == "catcher"


with Ctx("a") as a:
    with Ctx("b") as b:
        with Ctx("c") as c:
            print("innermost", a, b, c)
with Ctx("x") as x, Ctx("y") as y:
    print("multi", x, y)
with Ctx("catcher"):
    with Ctx("inner1"), Ctx("inner2"):
        raise ValueError("boom")
    print("not reached")
print("after catcher, depth", Ctx.depth)
with Ctx("p") as p:
    for i in range(2):
        with Ctx("loop%d" % i):
            if i == 1:
                break
            print("loop body", i)
print("depth at end", Ctx.depth)
