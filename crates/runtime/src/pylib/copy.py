"""tierpy's copy: shallow and deep copies of Python objects."""


class Error(Exception):
    """Raised for objects that cannot be copied."""


error = Error
_ATOMIC = (type(None), int, float, bool, complex, str, bytes, range, type, type(len), type(lambda: 0), frozenset)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if isinstance(x, _ATOMIC) and cls in _ATOMIC:
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, lambda v: v)


def deepcopy(x, memo=None):
    """A deep copy of x; `memo` maps ids of objects already copied to their copies."""
    if memo is None:
        memo = {}
    found = memo.get(id(x), memo)
    if found is not memo:
        return found
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls is list:
        y = memo[id(x)] = []
        y.extend(deepcopy(v, memo) for v in x)
    elif cls is dict:
        y = memo[id(x)] = {}
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(v, memo) for v in x]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
        y = memo.get(id(x), y)
    elif cls in (set, bytearray):
        y = cls(deepcopy(v, memo) for v in x) if cls is set else bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, lambda v: deepcopy(v, memo), memo)
    memo[id(x)] = y
    _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive while memo lives (its id must not be reused)."""
    memo.setdefault(id(memo), []).append(x)


def _reconstruct(x, convert, memo=None):
    """A new instance of x's class with converted copies of its attributes."""
    cls = type(x)
    if hasattr(x, '__reduce_ex__') and cls.__module__ == 'builtins' and not hasattr(x, '__dict__'):
        raise Error(f'un(deep)copyable object of type {cls}')
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        for k, v in state.items():
            setattr(y, k, convert(v))
    slots = [s for k in cls.__mro__ for s in getattr(k, '__slots__', ())]
    for name in slots:
        if hasattr(x, name):
            setattr(y, name, convert(getattr(x, name)))
    return y
