def get_chain(e):
    out = []
    while e is not None:
        out.append((type(e).__name__, str(e)))
        if e.__cause__ is not None:
            e = e.__cause__
        else:
            e = e.__context__
    return out


def f1():
    try:
        int("x")
    except ValueError as e:
        raise KeyError("converted") from e


def f2():
    try:
        f1()
    except KeyError:
        raise RuntimeError("wrapped")


try:
    f2()
except RuntimeError as e:
    print(get_chain(e))
    print(type(e.__context__.__cause__).__name__)
    print(e.__context__.__context__ is e.__context__.__cause__)

try:
    try:
        raise ValueError(1)
    finally:
        print("finally running")
except ValueError as e:
    print(e.__context__)

try:
    try:
        raise ValueError(1)
    finally:
        try:
            raise TypeError(2)
        except TypeError as t:
            print("inner context:", repr(t.__context__))
except ValueError as e:
    print("outer", repr(e))
