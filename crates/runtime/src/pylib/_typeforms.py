"""The objects of `int | str` (types.UnionType) and `list[int]`
(types.GenericAlias), made by tierpy's runtime."""


def _name(t):
    """How a union or alias prints one of its arguments."""
    if t is None or t is type(None):
        return 'None'
    if isinstance(t, type):
        return t.__qualname__ if t.__module__ == 'builtins' else f'{t.__module__}.{t.__qualname__}'
    return repr(t)


class UnionType:
    """`X | Y`: a union of types, usable with isinstance() and issubclass()."""

    def __init__(self, args):
        self.__args__ = args

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __eq__(self, other):
        return isinstance(other, UnionType) and set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return ' | '.join(_name(a) for a in self.__args__)


UnionType.__module__ = 'types'


def union(a, b):
    """`a | b` for types, None and unions: the union of their members, without repeats."""
    args = []
    for t in (a, b):
        for m in t.__args__ if isinstance(t, UnionType) else (t,):
            m = type(None) if m is None else m
            if m not in args:
                args.append(m)
    return args[0] if len(args) == 1 else UnionType(tuple(args))


class GenericAlias:
    """`list[int]`: a builtin class with type arguments; calling it makes an instance of the class."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __repr__(self):
        args = ', '.join('...' if a is ... else _name(a) for a in self.__args__)
        return f'{_name(self.__origin__)}[{args or "()"}]'


GenericAlias.__module__ = 'types'
