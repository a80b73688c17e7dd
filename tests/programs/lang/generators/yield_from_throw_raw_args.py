# gen.throw(...) while suspended in `yield from` over a non-generator
# iterator hands the arguments to the iterator's throw() unchanged.
class Echo:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def throw(self, *args):
        print("throw got", args)
        if args[0] == "stop":
            raise StopIteration("done")
        if args[0] is KeyError:
            raise KeyError("from throw")
        return "resumed"


def outer():
    try:
        result = yield from Echo()
        print("yield from returned", result)
        yield "after"
    except KeyError as e:
        print("outer caught", repr(e))
        yield "handled"


g = outer()
print(next(g))
print(g.throw(42))
print(g.throw(ValueError))
print(g.throw(ValueError, ValueError("v")))
print(g.throw("stop"))

g = outer()
next(g)
print(g.throw(KeyError))


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 0


def plain():
    yield from NoThrow()


g = plain()
next(g)
for thrown in (7, IndexError("i")):
    try:
        g.throw(thrown)
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
    g = plain()
    next(g)


def closer():
    yield from Echo()


g = closer()
next(g)
print(g.close())
