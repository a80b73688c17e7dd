# f(*iterable): the iterable becomes the arguments when the call is made
# (after the keyword arguments are evaluated); a non-iterable is reported
# with the callee's name. Named tuple fields are read-only.
from collections import namedtuple


def f(*args, **kwargs):
    return args, kwargs


def noisy():
    print("iterable made")
    yield "a"
    print("iterable drained")


def key():
    print("keyword evaluated")
    return 1


def show(label, g):
    try:
        print(label, g())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


show("gen", lambda: f(*noisy(), k=key()))
show("list", lambda: f(*[1, 2]))
show("dict", lambda: f(*{"x": 1}))
show("int", lambda: f(*5))
show("builtin", lambda: print(*None))
show("method", lambda: "".join(*7))
show("mixed", lambda: f(0, *5))

Point = namedtuple("Point", "x y")
p = Point(1, 2)
show("set field", lambda: setattr(p, "x", 3))
show("del field", lambda: delattr(p, "y"))
show("field doc", lambda: Point.x.__doc__)
show("fields", lambda: (p.x, p.y, Point._fields))
