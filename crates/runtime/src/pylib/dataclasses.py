"""tierpy's dataclasses: the @dataclass decorator, which adds __init__,
__repr__, __eq__, ordering, hashing and frozen-ness to a class from its
annotated fields, and the helpers field(), fields(), asdict(), astuple(),
replace() and is_dataclass(). Generated methods, their signatures and their
error messages follow CPython 3.11 (`slots=True` and `weakref_slot` are not
supported)."""

import copy as _copy
import sys as _sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class InitVar:
    """The annotation `InitVar[T]`: an __init__ argument passed on to
    __post_init__ instead of becoming a field."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[%s]' % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """A dataclass field: its name, type, default and options."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r,_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                   self.hash, self.compare, self.metadata, self.kw_only, self._field_type))


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Options for one field, used as its default in the class body."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('ClassVar', 'typing.ClassVar'))
    typing = _sys.modules.get('typing')
    if typing is None:
        return False
    classvar = typing.ClassVar
    return (annotation is classvar or getattr(annotation, '__origin__', None) is classvar
            or type(annotation) is type(classvar) and getattr(annotation, '_name', None) == 'ClassVar')


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('InitVar', 'dataclasses.InitVar'))
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return annotation is KW_ONLY


def _get_field(cls, name, annotation, kw_only):
    """The Field for class attribute `name` annotated with `annotation`."""
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % name)
    if f._field_type is _FIELD_CLASSVAR:
        f.kw_only = False
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is _FIELD and f.default is not MISSING and (
            type(f.default).__hash__ is None or isinstance(f.default, (list, dict, set, bytearray))):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), name))
    return f


def _make_method(cls, name, params, body, env):
    """A function `name(params)` running the source lines `body` with the
    names of `env` visible, named as a method of cls."""
    src = 'def %s(%s):\n%s\n' % (name, ', '.join(params), '\n'.join('    ' + line for line in body or ['pass']))
    ns = {}
    exec(src, dict(env), ns)
    fn = ns[name]
    fn.__qualname__ = cls.__qualname__ + '.' + name
    return fn


def _set_new_attribute(cls, name, value):
    """Sets cls.name unless the class defines it itself; whether it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _init_fn(cls, std_fields, kw_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % f.name)
    env = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
           '__dataclass_builtins_object__': object, 'MISSING': MISSING}

    def param(f):
        if f.default_factory is not MISSING:
            return f.name + '=__dataclass_HAS_DEFAULT_FACTORY__'
        if f.default is not MISSING:
            env['__dataclass_dflt_' + f.name + '__'] = f.default
            return f.name + '=__dataclass_dflt_' + f.name + '__'
        return f.name

    params = ['self'] + [param(f) for f in std_fields if f.init]
    kw_params = [param(f) for f in kw_fields if f.init]
    if kw_params:
        params += ['*'] + kw_params
    body = []
    for f in std_fields + kw_fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        factory = '__dataclass_dflt_' + f.name + '__'
        if f.default_factory is not MISSING:
            env[factory] = f.default_factory
            if f.init:
                value = '%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s' % (factory, f.name, f.name)
            else:
                value = factory + '()'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            env[factory] = f.default
            value = factory
        else:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(self, %r, %s)' % (f.name, value))
        else:
            body.append('self.%s = %s' % (f.name, value))
    if has_post_init:
        initvars = [f.name for f in std_fields + kw_fields if f._field_type is _FIELD_INITVAR]
        body.append('self.__post_init__(%s)' % ', '.join(initvars))
    return _make_method(cls, '__init__', params, body, env)


def _tuple_src(prefix, names):
    return '(' + ''.join('%s.%s, ' % (prefix, n) for n in names) + ')'


def _cmp_fn(cls, name, op, names):
    body = ['if other.__class__ is self.__class__:',
            '    return %s %s %s' % (_tuple_src('self', names), op, _tuple_src('other', names)),
            'return NotImplemented']
    return _make_method(cls, name, ['self', 'other'], body, {})


def _repr_fn(cls, names):
    parts = ', '.join('%s=%%r' % n for n in names)
    values = ''.join('self.%s, ' % n for n in names)
    body = ['key = id(self)',
            'if key in __dataclass_repr_running__:',
            '    return "..."',
            '__dataclass_repr_running__.add(key)',
            'try:',
            '    return self.__class__.__qualname__ + (%r %% (%s))' % ('(' + parts + ')', values),
            'finally:',
            '    __dataclass_repr_running__.discard(key)']
    return _make_method(cls, '__repr__', ['self'], body, {'__dataclass_repr_running__': set()})


def _frozen_fns(cls, names):
    env = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    fields_src = repr(tuple(names))
    for name, params, verb, action in (('__setattr__', ['self', 'name', 'value'], 'assign to',
                                        '__setattr__(name, value)'),
                                       ('__delattr__', ['self', 'name'], 'delete', '__delattr__(name)')):
        body = ['if type(self) is cls or name in %s:' % fields_src,
                '    raise FrozenInstanceError("cannot %s field " + repr(name))' % verb,
                'super(cls, self).' + action]
        if _set_new_attribute(cls, name, _make_method(cls, name, params, body, env)):
            raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation):
            if kw_seen:
                raise TypeError('%s: KW_ONLY used more than once' % cls.__name__)
            kw_seen = True
            continue
        own.append(_get_field(cls, name, annotation, kw_only or kw_seen))
    for f in own:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    all_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    real = [f for f in fields.values() if f._field_type is _FIELD]
    if init:
        std = [f for f in all_fields if not f.kw_only]
        kw = [f for f in all_fields if f.kw_only]
        _set_new_attribute(cls, '__init__', _init_fn(cls, std, kw, frozen, hasattr(cls, '__post_init__')))
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f.name for f in real if f.repr]))
    compared = [f.name for f in real if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==', compared))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, compared)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        _frozen_fns(cls, [f.name for f in real])

    if unsafe_hash and has_explicit_hash:
        raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
    if unsafe_hash or (eq and frozen and not has_explicit_hash):
        hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _make_method(cls, '__hash__', ['self'],
                                    ['return hash(%s)' % _tuple_src('self', hashed)], {})
    elif eq and not frozen and not has_explicit_hash:
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + '(' + ', '.join(f.name for f in all_fields) + ')'
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in all_fields if f.init and not f.kw_only))
    abc = _sys.modules.get('abc')
    if abc is not None:
        abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds the generated methods to cls (used as @dataclass or @dataclass(...))."""
    if slots or weakref_slot:
        raise NotImplementedError('tierpy does not support dataclass(slots=True)')

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)

    return wrap if cls is None else wrap(cls)


def fields(class_or_instance):
    """The fields (not ClassVars or InitVars) of a dataclass or instance."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, make):
    """obj with dataclass instances replaced by make(list of (name, value)),
    recursing into lists, tuples, namedtuples and dicts; other values deep-copied."""
    if _is_dataclass_instance(obj):
        return make([(f.name, _convert(getattr(obj, f.name), make)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, make) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make), _convert(v, make)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda items: tuple_factory([v for _, v in items]))


def replace(obj, /, **changes):
    """A new instance like obj with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()'
                                 % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """A new dataclass named cls_name with fields given as names, (name, type)
    or (name, type, Field)."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    return dataclass(type(cls_name, bases, ns), **options)
