"""BaseExceptionGroup and ExceptionGroup (builtins made on first use):
message, exceptions, subgroup, split and derive as CPython 3.11's, and the two
steps of `except*` (`_star_match`, `_star_reraise`)."""


def _matcher(condition):
    """The predicate a subgroup()/split() condition stands for."""
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError('expected a function, exception type or tuple of exception types')


def _is_sequence(value):
    return isinstance(value, (list, tuple)) or (hasattr(type(value), '__getitem__') and not isinstance(value, dict))


class BaseExceptionGroup(BaseException):
    """Several exceptions raised together."""

    __module__ = 'builtins'

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError(f'BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}')
        if not _is_sequence(exceptions):
            raise TypeError('second argument (exceptions) must be a sequence')
        items = tuple(exceptions)
        if not items:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        for i, e in enumerate(items):
            if not isinstance(e, BaseException):
                raise ValueError(f'Item {i} of second argument (exceptions) is not an exception')
        all_plain = all(isinstance(e, Exception) for e in items)
        if cls is BaseExceptionGroup and all_plain:
            cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_plain:
            raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
        self = BaseException.__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = items
        return self

    def __init__(self, message, exceptions):
        BaseException.__init__(self, message, exceptions)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'s' if n > 1 else ''})"

    def derive(self, excs):
        """A group of the same message holding excs."""
        return BaseExceptionGroup(self._message, excs)

    def _copy_with(self, excs):
        group = self.derive(excs)
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        group.__traceback__ = self.__traceback__
        if hasattr(self, '__notes__'):
            group.__notes__ = list(self.__notes__)
        return group

    def _split(self, matches):
        if matches(self):
            return self, None
        hit, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._split(matches)
                if m is not None:
                    hit.append(m)
                if r is not None:
                    rest.append(r)
            elif matches(e):
                hit.append(e)
            else:
                rest.append(e)
        return (self._copy_with(hit) if hit else None), (self._copy_with(rest) if rest else None)

    def split(self, condition):
        """(the part matching condition, the rest), each None when empty."""
        return self._split(_matcher(condition))

    def subgroup(self, condition):
        """The part of the group matching condition, or None."""
        return self._split(_matcher(condition))[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    """A group of Exceptions (no BaseException that is not one)."""

    __module__ = 'builtins'


def _check_star_type(ty):
    """The TypeErrors CPython gives for the class (or tuple) of an except* clause."""
    for t in ty if isinstance(ty, tuple) else (ty,):
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError('catching classes that do not inherit from BaseException is not allowed')
        if issubclass(t, BaseExceptionGroup):
            raise TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')


def _star_match(exc, ty):
    """One `except* ty` clause on what is left of the exception, `exc` (None
    once everything matched): (the part to handle or None, the rest or None).
    A naked exception that matches is handed over wrapped in a group."""
    _check_star_type(ty)
    if exc is None:
        return None, None
    if isinstance(exc, ty):
        if isinstance(exc, BaseExceptionGroup):
            return exc, None
        group = BaseExceptionGroup('', (exc,))
        group.__traceback__ = exc.__traceback__
        return group, None
    if isinstance(exc, BaseExceptionGroup):
        return exc.split(ty)
    return None, exc


def _leaf_ids(exc, ids):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaf_ids(e, ids)
    elif exc is not None:
        ids.add(id(exc))


def _star_reraise(orig, excs, same):
    """What leaves a try/except* statement (CPython's PREP_RERAISE_STAR):
    `excs` holds what each handler raised, then the unmatched rest; `same`
    says which have the caught group's traceback, cause, context and notes
    (parts of it re-raised: `raise` in a handler, the rest). Re-raised
    parts keep the original group's structure; new exceptions are grouped
    with them in a new ExceptionGroup. None when nothing is left."""
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception: at most one clause ran.
        return excs[0]
    raised, ids = [], set()
    for e, alike in zip(excs, same):
        if e is None:
            continue
        if alike:
            _leaf_ids(e, ids)
        else:
            raised.append(e)
    kept = orig._split(lambda e: id(e) in ids)[0] if ids else None
    if not raised:
        return kept
    if kept is not None:
        raised.append(kept)
    return BaseExceptionGroup('', raised)
