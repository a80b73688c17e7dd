# object.__init__ and object.__new__ reject extra arguments the way CPython
# does, depending on which of the two methods the class overrides.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)


class InitOnly:
    def __init__(self, x):
        super().__init__()
        self.x = x


class InitForwards:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


class NewOnly:
    def __new__(cls, *args):
        return super().__new__(cls)


class NewForwards:
    def __new__(cls, *args):
        return super().__new__(cls, *args)


class Neither:
    pass


attempt("InitOnly(1)", lambda: InitOnly(1))
attempt("InitForwards()", lambda: InitForwards())
attempt("InitForwards(1)", lambda: InitForwards(1))
attempt("InitForwards(k=1)", lambda: InitForwards(k=1))
attempt("NewOnly(1, 2)", lambda: NewOnly(1, 2))
attempt("NewForwards()", lambda: NewForwards())
attempt("NewForwards(1)", lambda: NewForwards(1))
attempt("Neither()", lambda: Neither())
attempt("Neither(1)", lambda: Neither(1))
attempt("object.__init__(Neither(), 1)", lambda: object.__init__(Neither(), 1))
attempt("object.__init__(NewOnly(), 1)", lambda: object.__init__(NewOnly(), 1))
attempt("object.__init__(InitOnly(0), 1)", lambda: object.__init__(InitOnly(0), 1))
attempt("object.__new__(Neither, 1)", lambda: object.__new__(Neither, 1))
attempt("object.__new__(InitOnly, 1)", lambda: object.__new__(InitOnly, 1))
attempt("object.__new__(NewOnly, 1)", lambda: object.__new__(NewOnly, 1))
attempt("object.__new__(Neither)", lambda: object.__new__(Neither))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))


class Num(int):
    def __init__(self, v):
        super().__init__()


class Err(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)


print(Point(1, 2), Num(5) + 1, Err("m", 3).args, int.__new__(Num, 7))
