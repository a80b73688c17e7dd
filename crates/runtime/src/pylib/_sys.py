"""The parts of tierpy's sys module written in Python: version_info and implementation."""


class version_info(tuple):
    """sys.version_info: the version as a tuple with named fields."""

    def __new__(cls, major, minor, micro, releaselevel, serial):
        return tuple.__new__(cls, (major, minor, micro, releaselevel, serial))

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return 'sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)' % self


class SimpleNamespace:
    """sys.implementation's type: attributes given as keywords."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        return 'namespace(' + ', '.join(f'{k}={v!r}' for k, v in vars(self).items()) + ')'


version_info.__module__ = 'sys'
SimpleNamespace.__module__ = 'types'
version_info = version_info(3, 11, 7, 'final', 0)
implementation = SimpleNamespace(
    name='cpython', cache_tag='cpython-311', version=version_info, hexversion=0x30B07F0, _multiarch='x86_64-linux-gnu'
)
del SimpleNamespace
