# `raise C` instantiates C; a __new__ that hands back something other than an
# exception instance makes the raise a TypeError.


class Stand(Exception):
    pass


class Swapper(Exception):
    def __new__(cls, *args):
        return Stand("swapped", *args)


class Liar(Exception):
    def __new__(cls, *args):
        return [cls.__name__]


class Quiet(Exception):
    def __new__(cls, *args):
        return None


for cls in (Liar, Quiet):
    try:
        raise cls
    except Exception as e:
        print(type(e).__name__, e)
for cls in (Swapper, Liar, Quiet):
    try:
        raise cls("with args")
    except Exception as e:
        print(type(e).__name__, e)


def gen():
    yield 1


for cls in (Liar,):
    g = gen()
    next(g)
    try:
        g.throw(cls)
    except Exception as e:
        print("throw:", type(e).__name__, e)
