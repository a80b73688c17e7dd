class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("no exception")
            return False
        if issubclass(exc_type, self.types):
            print("suppressing", exc_type.__name__, exc)
            self.caught = exc
            return True
        print("not suppressing", exc_type.__name__)
        return False


with Suppress(ValueError) as s:
    print("before error")
    int("bad")
    print("never printed")
print("continued; caught =", repr(s.caught))
with Suppress(KeyError, IndexError):
    [][1]
with Suppress(KeyError):
    print("clean body")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return 1


with Truthy():
    raise RuntimeError("swallowed by truthy return")
print("after truthy")


def f():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError(i)
            print("loop", i)
    return "f done"


print(f())
