# Instances of int and float subclasses work with the builtins and math
# functions that take numbers; errors name the subclass.
import math


class Meters(float):
    pass


class Count(int):
    pass


m = Meters(2.75)
c = Count(7)


def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for v in (m, c):
    show("round", lambda: round(v))
    show("round 1", lambda: round(v, 1))
    show("abs", lambda: abs(-v))
    show("abs self", lambda: abs(v))
    show("float", lambda: float(v))
    show("int", lambda: int(v))
    show("complex", lambda: complex(v))
    show("complex 2", lambda: complex(v, v))
    show("divmod", lambda: divmod(v, 2))
    show("rdivmod", lambda: divmod(20, v))
    show("floor", lambda: math.floor(v))
    show("sqrt", lambda: math.sqrt(v))
    show("isfinite", lambda: math.isfinite(v))
    show("percent", lambda: "%d %.2f %x" % (v, v, int(v)))
    show("len", lambda: len(v))
    show("iter", lambda: iter(v))
    show("sum", lambda: sum(v))
    show("in", lambda: 1 in v)
show("gcd", lambda: math.gcd(c, 21))
show("index", lambda: "abcdefghij"[c])
show("repeat", lambda: [0] * Count(3))
show("range", lambda: list(range(Count(3))))
show("%x", lambda: "%x" % m)
