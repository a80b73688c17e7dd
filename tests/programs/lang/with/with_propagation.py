class Logger:
    def __init__(self, name, result):
        self.name = name
        self.result = result

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.result


for result in [False, None, 0, ""]:
    try:
        with Logger("r=%r" % (result,), result):
            raise KeyError("k")
    except KeyError as e:
        print("caught outside:", repr(e))


class Raiser:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("from __exit__")


try:
    with Raiser():
        raise ValueError("original")
except RuntimeError as e:
    print("got", repr(e), "context", repr(e.__context__))


class FailingEnter:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("exit should not run")


try:
    with FailingEnter():
        print("body should not run")
except OSError as e:
    print("OSError:", e)
try:
    with Logger("x", False):
        with Logger("y", True):
            raise TypeError("inner")
        raise TypeError("outer")
except TypeError as e:
    print("final:", e)
