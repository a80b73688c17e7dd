# generator.throw() validates what it is given, like raise.
def gen():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield 2


for arg in [ValueError, ValueError("x"), 5, int, "s"]:
    g = gen()
    next(g)
    try:
        print(g.throw(arg))
    except TypeError as e:
        print("TypeError:", e)
g = gen()
next(g)
print(g.throw(ValueError, "v"))


class Odd(BaseException):
    def __new__(cls, *args):
        return 1


g = gen()
next(g)
try:
    g.throw(Odd)
except TypeError as e:
    print("TypeError:", e)
try:
    raise Odd("m")
except TypeError as e:
    print("TypeError:", e)
