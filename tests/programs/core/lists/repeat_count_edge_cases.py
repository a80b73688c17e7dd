# Sequence repetition with odd counts: overflow messages name the type of the
# count, and `x *= seq` with x of a class statement's type does not repeat.


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class MyInt(int):
    pass


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


huge = 2**100
for seq in ("ab", [1], (1,), b"x", bytearray(b"y")):
    name = type(seq).__name__
    attempt(name + " * huge", lambda: seq * huge)
    attempt("huge * " + name, lambda: huge * seq)
    attempt(name + " * Idx(-huge)", lambda: seq * Idx(-huge))
    attempt(name + " * Idx(2)", lambda: seq * Idx(2))
    attempt(name + " * 1.5", lambda: seq * 1.5)

attempt("Idx(2) * [0]", lambda: Idx(2) * [0])
attempt("MyInt(3) * 'z'", lambda: MyInt(3) * "z")


def inplace(x, y):
    x *= y
    return x


attempt("Idx(2) *= [0]", lambda: inplace(Idx(2), [0]))
attempt("MyInt(2) *= 'ab'", lambda: inplace(MyInt(2), "ab"))
attempt("MyInt(2) *= 5", lambda: inplace(MyInt(2), 5))
attempt("2 *= [0]", lambda: inplace(2, [0]))
attempt("True *= 'ab'", lambda: inplace(True, "ab"))


class WithImul:
    def __imul__(self, other):
        return ("imul", other)


class WithMul:
    def __mul__(self, other):
        return ("mul", other)


class RightMulList(list):
    def __rmul__(self, other):
        return ("rmul", type(other).__name__)


attempt("WithImul *= [1]", lambda: inplace(WithImul(), [1]))
attempt("WithMul *= [1]", lambda: inplace(WithMul(), [1]))
attempt("Idx(2) *= RightMulList", lambda: inplace(Idx(2), RightMulList([1])))
