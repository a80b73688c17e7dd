# `except E as name` unbinds the name when the handler ends, even when the
# name was bound before the try; except clauses take exception classes or
# flat tuples of them; a with statement needs both __enter__ and __exit__.


def rebound():
    err = "before"
    try:
        raise KeyError("k")
    except KeyError as err:
        print("in handler:", repr(err))
    try:
        return err
    except UnboundLocalError as e:
        return "unbound: " + str(e)


print(rebound())


def not_taken():
    err = "kept"
    try:
        pass
    except KeyError as err:
        pass
    return err


print(not_taken())


def nested_tuple():
    try:
        raise KeyError("x")
    except ((ValueError, KeyError), TypeError):
        return "caught"


for f in (nested_tuple,):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)


class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *args):
        return False


for cls in (OnlyEnter, OnlyExit, int):
    try:
        with cls():
            pass
    except TypeError as e:
        print("TypeError", e)
