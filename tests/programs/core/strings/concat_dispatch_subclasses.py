# `+` with str/bytes/list/tuple subclasses: a Python __add__ returning NotImplemented
# is final (no fallback to the base's concatenation), str.__add__ only concatenates,
# a reflected __radd__ runs once, and failures carry the base's concat messages.
import operator


class Declines(str):
    def __add__(self, other):
        return NotImplemented


class Reflected:
    def __init__(self, result):
        self.calls = 0
        self.result = result

    def __radd__(self, other):
        self.calls += 1
        return self.result


class ReflectedStr(str):
    def __radd__(self, other):
        return "reflected"


def attempt(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError", e)


attempt("Declines + str", lambda: Declines("a") + "b")
attempt("str + Declines", lambda: "a" + Declines("b"))
attempt("str.__add__ reflected", lambda: str.__add__("a", ReflectedStr("b")))
attempt("str + ReflectedStr", lambda: "a" + ReflectedStr("b"))
attempt("str.__add__ int", lambda: str.__add__("a", 1))
attempt("str.__add__ Declines", lambda: str.__add__(Declines("a"), "b"))
for base, left in ((str, "a"), (bytes, b"a"), (tuple, (1,)), (list, [1]), (bytearray, b"a")):

    class Native(base):
        pass

    for result in ("reflected", NotImplemented):
        other = Reflected(result)
        attempt(base.__name__ + " subclass + Reflected", lambda: operator.add(Native(left), other))
        print("  calls", other.calls)
    attempt(base.__name__ + " subclass + object", lambda: Native(left) + object())
