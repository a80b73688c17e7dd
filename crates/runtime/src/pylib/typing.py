"""tierpy's typing: the names programs import for annotations. tierpy does
not evaluate annotations, so these are placeholders that subscript, print
and combine like CPython's (typing.List[int], typing.Optional[str]...)."""

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


class _Special:
    """A subscriptable typing name (List, Dict, Callable...)."""

    def __init__(self, name, args=None):
        self._name = name
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Special(self._name, params)

    def __repr__(self):
        if self.__args__ is None:
            return 'typing.' + self._name
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Type {self._name} cannot be instantiated')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        return isinstance(other, _Special) and (self._name, self.__args__) == (other._name, other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))


class _UnionForm(_Special):
    """Union[...] and Optional[...]: flattened, deduplicated, None last as given."""

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            params = (params[0], type(None))
        args = []
        for p in params:
            p = type(None) if p is None else p
            inner = p.__args__ if isinstance(p, _Special) and p._name == 'Union' and p.__args__ else (p,)
            for a in inner:
                if a not in args:
                    args.append(a)
        if len(args) == 1:
            return args[0]
        return _Special('Union', tuple(args)) if type(None) not in args or len(args) != 2 else _Optional(args)


class _Optional(_Special):
    def __init__(self, args):
        _Special.__init__(self, 'Union', tuple(args))

    def __repr__(self):
        other = [a for a in self.__args__ if a is not type(None)][0]
        return 'typing.Optional[%s]' % _type_repr(other)


Any = _Special('Any')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
Union = _UnionForm('Union')
Optional = _UnionForm('Optional')
for _n in ['List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Callable', 'Iterable', 'Iterator',
           'Generator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Type',
           'ClassVar', 'Final', 'Literal', 'Deque', 'DefaultDict', 'OrderedDict', 'Counter',
           'ChainMap', 'Awaitable', 'Coroutine', 'AsyncIterator', 'AsyncIterable', 'Hashable',
           'Sized', 'Collection', 'Container', 'Reversible', 'AbstractSet', 'MutableSet',
           'KeysView', 'ValuesView', 'ItemsView', 'IO', 'TextIO', 'BinaryIO', 'Pattern', 'Match',
           'SupportsInt', 'SupportsFloat', 'SupportsAbs', 'SupportsIndex', 'Annotated',
           'ContextManager', 'Concatenate', 'TypeGuard', 'LiteralString', 'Self']:
    globals()[_n] = _Special(_n)
del _n
AnyStr = _Special('AnyStr')
Text = str


class TypeVar:
    """A type variable: prints as ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class Generic:
    """Base of generic classes: Generic[T] is Generic itself here."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


class TypedDict(dict):
    pass


_NAMEDTUPLE_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                                    '_make', '_replace', '_asdict', '_source'})
_NAMEDTUPLE_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__orig_bases__'})


class _NamedTupleMeta(type):
    """Makes `class P(NamedTuple): x: int` a collections.namedtuple whose
    fields are the annotated names (assigned ones give the defaults)."""

    def __new__(cls, typename, bases, ns):
        import collections
        types = ns.get('__annotations__', {})
        default_names = []
        for name in types:
            if name in ns:
                default_names.append(name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        tpl = collections.namedtuple(typename, list(types), defaults=[ns[n] for n in default_names],
                                     module=ns.get('__module__'))
        tpl.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in tpl._fields:
                setattr(tpl, key, value)
        return tpl


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    """A collections.namedtuple with typed fields: NamedTuple('P', [('x', int)])
    or as the base of a class statement."""
    import collections
    fields = list(fields or []) + list(kwargs.items())
    tpl = collections.namedtuple(typename, [name for name, _ in fields])
    tpl.__annotations__ = dict(fields)
    return tpl


NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}))


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable')


def reveal_type(obj):
    return obj
