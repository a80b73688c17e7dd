# send(), throw() and close() on a generator suspended in `yield from` go to
# the subiterator (generators and user iterators with send/throw/close).
def inner():
    total = 0
    while True:
        try:
            got = yield total
        except ValueError as e:
            print("inner caught", e)
            got = 100
        except GeneratorExit:
            print("inner closing")
            raise
        if got == "stop":
            return total
        total += got


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "after"


g = outer()
print(next(g), g.send(5), g.send(7))
print(g.throw(ValueError("boom")))
print(g.send("stop"))
g2 = outer()
next(g2)
g2.send(1)
g2.close()
print("closed")


class Echo:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def send(self, v):
        return "echo " + str(v)

    def throw(self, e):
        if isinstance(e, KeyError):
            raise StopIteration("from throw")
        return "threw " + type(e).__name__

    def close(self):
        print("Echo.close")


def wrap():
    r = yield from Echo()
    print("wrap got", r)
    yield "end"


w = wrap()
print(next(w), w.send("hi"), next(w), w.throw(TypeError("t")))
print(w.throw(KeyError("k")))
w2 = wrap()
next(w2)
w2.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def delegate():
    yield from stubborn()


d = delegate()
next(d)
try:
    d.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def plain():
    yield from [10, 20]


p = plain()
print(next(p))
try:
    p.send(5)
except AttributeError as e:
    print("AttributeError:", e)
p2 = plain()
next(p2)
try:
    p2.throw(IndexError("into list iterator"))
except IndexError as e:
    print("IndexError:", e)
