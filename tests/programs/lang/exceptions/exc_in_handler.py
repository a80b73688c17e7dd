def handler_fails():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling zero division")
        return {}["nokey"]


try:
    handler_fails()
except KeyError as e:
    print("caught", repr(e))
    print("context:", repr(e.__context__))
    print(e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("a")
    except ValueError as first:
        try:
            raise TypeError("b")
        except TypeError as second:
            print("second context is first:", second.__context__ is first)
            raise RuntimeError("c")
except RuntimeError as third:
    print(repr(third), repr(third.__context__), repr(third.__context__.__context__))


def chain_len(e):
    n = 0
    while e is not None:
        n += 1
        e = e.__context__
    return n


try:
    try:
        try:
            raise OSError("x")
        except OSError:
            raise LookupError("y")
    except LookupError:
        raise ArithmeticError("z")
except ArithmeticError as e:
    print(chain_len(e))
try:
    raise ValueError("fresh")
except ValueError as e:
    print(e.__context__)
