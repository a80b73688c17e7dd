def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError handler"
    except ArithmeticError:
        return "ArithmeticError handler"
    except KeyError:
        return "KeyError handler"
    except LookupError:
        return "LookupError handler"
    except Exception as e:
        return "Exception handler for " + type(e).__name__


for exc in [ZeroDivisionError(), OverflowError(), ArithmeticError(), KeyError(),
            IndexError(), LookupError(), ValueError(), RuntimeError()]:
    print(type(exc).__name__, "->", classify(exc))


def first_match_wins():
    try:
        raise KeyError("k")
    except Exception:
        return "Exception first"
    except KeyError:
        return "KeyError (unreachable)"


print(first_match_wins())


class A(Exception):
    pass


class B(A):
    pass


class C(B):
    pass


for cls in (A, B, C):
    try:
        raise cls()
    except C:
        print(cls.__name__, "caught as C")
    except B:
        print(cls.__name__, "caught as B")
    except A:
        print(cls.__name__, "caught as A")
