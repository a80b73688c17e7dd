# __doc__ of builtin classes, their instances, builtin functions, exceptions,
# user classes (with and without a docstring) and modules.
import math

print(dict.__doc__.splitlines()[0])
print(dict().__doc__ == dict.__doc__, (7).__doc__ == int.__doc__, "s".__doc__ is str.__doc__ or "s".__doc__ == str.__doc__)
print("dict" in {}.__doc__, len(list.__doc__) > 10)
print(len.__doc__)
print(isinstance.__doc__.splitlines()[0])
print(ValueError.__doc__, "|", KeyError("k").__doc__)
print(object.__doc__.splitlines()[0])
print(range(2).__doc__.splitlines()[0])


class Plain:
    pass


class Documented:
    """Says what it is."""


class MyDict(dict):
    pass


class MyError(LookupError):
    pass


print(Plain.__doc__, Plain().__doc__)
print(Documented.__doc__, Documented().__doc__)
print(MyDict.__doc__, MyDict().__doc__, MyError.__doc__, MyError().__doc__)
print(math.__doc__ is None or isinstance(math.__doc__, str))


def f():
    """Function doc."""


print(f.__doc__, (lambda: 0).__doc__)
