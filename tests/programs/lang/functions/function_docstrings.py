# Function docstrings: __doc__ from the body's first string, assignable.
def documented():
    """Does a thing."""
    return 1


def plain():
    x = "not a docstring"
    return x


class K:
    """Class doc."""

    def method(self):
        """Method doc."""

    @staticmethod
    def st():
        "static doc"


print(documented.__doc__, plain.__doc__, (lambda: 0).__doc__)
print(K.__doc__, K.method.__doc__, K().method.__doc__, K.st.__doc__)
documented.__doc__ = "replaced"
print(documented.__doc__, documented())


def multi():
    """First line.

    More text.
    """


print(repr(multi.__doc__))
print(documented.__globals__ is globals(), documented.__globals__["plain"] is plain)
