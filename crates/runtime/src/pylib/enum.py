"""tierpy's enum: Enum, IntEnum, StrEnum and auto(). The metaclass EnumType
turns a class body's plain attributes into the class's members, and makes the
class iterable, sized, indexable by member name and callable by member value,
with CPython 3.11's reprs and error messages, and the functional API
(Enum('Name', 'A B')). Flag and IntFlag are not supported."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'auto', 'unique']

_FunctionType = type(lambda: None)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """A member value chosen by the class's _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(value):
    if isinstance(value, (_FunctionType, property, classmethod, staticmethod)):
        return True
    return hasattr(value, '__get__') or hasattr(value, '__set__') or hasattr(value, '__delete__')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


def _data_type(bases):
    """The mixed-in data type of an enum with these bases (object if none)."""
    for base in bases:
        for klass in base.__mro__:
            if klass is object or isinstance(klass, EnumType):
                continue
            return klass
    return object


def _value_hash(member):
    """The hash of a member of a mixed-in data type: its value's hash."""
    return hash(member._value_)


def _first_enum(bases):
    return bases[-1] if bases and isinstance(bases[-1], EnumType) else None


class EnumType(type):
    """The metaclass of enumerations."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        names = [k for k, v in classdict.items()
                 if not (_is_dunder(k) or _is_sunder(k) or _is_private(cls, k) or _is_descriptor(v))]
        first_enum = _first_enum(bases)
        if first_enum is not None and first_enum._member_names_:
            raise TypeError('<enum %r> cannot extend %r' % (cls, first_enum))
        body = {k: v for k, v in classdict.items() if k not in names}
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        member_type = _data_type(bases)
        enum_class._member_type_ = member_type
        if member_type is not object and '__hash__' not in classdict:
            enum_class.__hash__ = _value_hash
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__'):
                owner = next((k for k in enum_class.__mro__ if name in k.__dict__), None)
                if owner is None or owner is member_type or owner is object:
                    setattr(enum_class, name, getattr(first_enum, name))
        values = []
        for name in names:
            value = classdict[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(enum_class._member_names_), values[:])
                value = value.value
            values.append(value)
            enum_class._add_member(name, value)
        return enum_class

    def _add_member(cls, name, value):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is object:
            member = object.__new__(cls)
            member._value_ = value
        else:
            member = member_type.__new__(cls, *args)
            member._value_ = member_type(*args)
        member._name_ = name
        member.__objclass__ = cls
        init = next((k.__dict__['__init__'] for k in cls.__mro__ if '__init__' in k.__dict__), None)
        if type(init) is _FunctionType and init is not Enum.__dict__['__init__']:
            init(member, *args)
        value = member._value_
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                member = existing
                break
        else:
            cls._member_names_.append(name)
            try:
                cls._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
        cls._member_map_[name] = member
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is not None:
            return cls._create_(value, names, module, qualname, type, start)
        if not cls._member_names_ and cls is not Enum:
            raise TypeError('%s has no members defined' % cls.__qualname__)
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, class_name, names, module, qualname, type, start):
        """The functional API: Enum('Name', 'A B') / ['A', 'B'] / [('A', 1)] / {'A': 1}."""
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, dict):
            names = list(names.items())
        classdict, values = {}, []
        for i, item in enumerate(names):
            if isinstance(item, str):
                name, value = item, cls._generate_next_value_(item, start, i, values[:])
            else:
                name, value = item
            classdict[name] = value
            values.append(value)
        bases = (cls,) if type is None else (type, cls)
        enum_class = EnumType.__new__(EnumType, class_name, bases, classdict)
        if module is not None:
            enum_class.__module__ = module
        if qualname is not None:
            enum_class.__qualname__ = qualname
        return enum_class

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        return '<enum %r>' % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """A set of named constants: the members."""

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            ordered = sorted(last_values)
        except TypeError:
            ordered = last_values
        for v in reversed(ordered):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """An enum whose members are strs (auto() gives the lower-cased name)."""

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return format(str.__str__(self), format_spec)

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: ValueError if any member is an alias of another."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration
