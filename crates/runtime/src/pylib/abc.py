"""tierpy's abc: abstract base classes. ABCMeta records each class's abstract
methods in `__abstractmethods__`; the runtime refuses to instantiate a class
whose set is not empty, with CPython's message. `register()` makes virtual
subclasses that isinstance() and issubclass() accept."""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'update_abstractmethods', 'get_cache_token']


def abstractmethod(funcobj):
    """Marks a method abstract: classes made by ABCMeta that do not override it
    cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    """Whether a class attribute is abstract (looking inside properties,
    classmethods and staticmethods)."""
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return bool(getattr(value, '__isabstractmethod__', False))


def abstractclassmethod(callable):
    """An abstract classmethod (deprecated form of @classmethod @abstractmethod)."""
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    """An abstract staticmethod (deprecated form of @staticmethod @abstractmethod)."""
    return staticmethod(abstractmethod(callable))


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or replaced;
    returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


_cache_token = [0]


def get_cache_token():
    """A token that changes whenever a class is registered with any ABC."""
    return _cache_token[0]


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset()
        update_abstractmethods(cls)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls; returns subclass."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _cache_token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if any(issubclass(subclass, r) for r in cls._abc_registry):
            return True
        return any(issubclass(subclass, s) for s in type.__subclasses__(cls) if s is not cls)


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta."""
    __slots__ = ()
