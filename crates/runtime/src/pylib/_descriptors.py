"""The attribute descriptors builtin types show at class level (`int.real`,
`BaseException.args`, `OSError.errno`): each reads, writes or deletes the
attribute of the same name on an instance."""


class getset_descriptor:
    """An attribute computed by the type (CPython's getset_descriptor)."""

    __module__ = 'builtins'

    def __init__(self, owner, name):
        self.__objclass__ = owner
        self.__name__ = name
        self.__qualname__ = owner.__name__ + '.' + name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self.__name__)

    def __set__(self, obj, value):
        setattr(obj, self.__name__, value)

    def __delete__(self, obj):
        delattr(obj, self.__name__)

    def __repr__(self):
        return "<attribute '%s' of '%s' objects>" % (self.__name__, self.__objclass__.__name__)


class member_descriptor(getset_descriptor):
    """A field stored in the instance (CPython's member_descriptor)."""

    __module__ = 'builtins'

    def __repr__(self):
        return "<member '%s' of '%s' objects>" % (self.__name__, self.__objclass__.__name__)
