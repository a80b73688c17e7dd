"""A small platform module: the interpreter's identity as CPython 3.11 reports it."""

import sys


def python_implementation():
    """The implementation's name, as sys.implementation reports it."""
    return 'CPython'


def python_version():
    """'major.minor.micro' from sys.version_info."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """python_version() as a tuple of strings."""
    return tuple(str(n) for n in sys.version_info[:3])


def system():
    return 'Linux'


def machine():
    return 'x86_64'
