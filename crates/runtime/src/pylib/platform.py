"""tierpy's platform: the interpreter's identity (it implements CPython 3.11,
as sys.implementation says) and the host's system name and machine."""

import sys


def python_implementation():
    """'CPython': the language tierpy implements (sys.implementation.name)."""
    return 'CPython' if sys.implementation.name == 'cpython' else sys.implementation.name


def python_version_tuple():
    """(major, minor, patchlevel) as strings."""
    v = sys.version_info
    return (str(v.major), str(v.minor), str(v.micro))


def python_version():
    """'major.minor.patchlevel'."""
    return '.'.join(python_version_tuple())


def system():
    """The operating system's name."""
    return 'Linux' if sys.platform.startswith('linux') else sys.platform


def machine():
    """The machine type."""
    return 'x86_64'


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter's executable."""
    return (bits or '64bit', linkage or 'ELF')
