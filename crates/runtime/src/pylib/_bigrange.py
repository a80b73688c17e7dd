"""The operations of range objects whose bounds do not fit 64 bits
(`Body::BigRange`, `big_range.rs`), computed with Python ints as CPython's
range object does for such bounds. Each takes start, stop, step first."""


def length(start, stop, step):
    if step > 0 and start < stop:
        return (stop - start - 1) // step + 1
    if step < 0 and start > stop:
        return (start - stop - 1) // -step + 1
    return 0


def _index(v, what):
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), '__index__', None)
    if f is None:
        raise TypeError(what.format(type(v).__name__))
    return f(v)


def _slice_indices(s, n):
    """slice.indices(n) for any n (CPython's _PySlice_GetLongIndices)."""
    msg = 'slice indices must be integers or None or have an __index__ method'
    step = 1 if s.step is None else _index(s.step, msg)
    if step == 0:
        raise ValueError('slice step cannot be zero')
    lower, upper = (-1, n - 1) if step < 0 else (0, n)

    def bound(v, default):
        if v is None:
            return default
        v = _index(v, msg)
        if v < 0:
            return max(v + n, lower)
        return min(v, upper)

    start = bound(s.start, upper if step < 0 else lower)
    stop = bound(s.stop, lower if step < 0 else upper)
    return start, stop, step


def getitem(start, stop, step, key):
    n = length(start, stop, step)
    if isinstance(key, slice):
        a, b, c = _slice_indices(key, n)
        return range(start + a * step, start + b * step, step * c)
    i = _index(key, 'range indices must be integers or slices, not {}')
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise IndexError('range object index out of range')
    return start + i * step


def _has(start, stop, step, x):
    if step > 0:
        if not start <= x < stop:
            return False
    elif not stop < x <= start:
        return False
    return (x - start) % step == 0


def contains(start, stop, step, x):
    if type(x) in (int, bool):
        return _has(start, stop, step, x)
    return any(v == x for v in iterate(start, stop, step))


def index(start, stop, step, x):
    if type(x) in (int, bool):
        if _has(start, stop, step, x):
            return (x - start) // step
        raise ValueError(f'{x!r} is not in range')
    for i, v in enumerate(iterate(start, stop, step)):
        if v == x:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def count(start, stop, step, x):
    if type(x) in (int, bool):
        return int(_has(start, stop, step, x))
    return sum(1 for v in iterate(start, stop, step) if v == x)


def iterate(start, stop, step):
    n = length(start, stop, step)
    i = 0
    while i < n:
        yield start + i * step
        i += 1


def reverse(start, stop, step):
    n = length(start, stop, step)
    i = n - 1
    while i >= 0:
        yield start + i * step
        i -= 1


def equal(start, stop, step, other):
    a, b = (start, stop, step), other
    la, lb = length(*a), length(*b)
    if la != lb:
        return False
    if la == 0:
        return True
    if a[0] != b[0]:
        return False
    return la == 1 or a[2] == b[2]


def repr_(start, stop, step):
    if step == 1:
        return f'range({start}, {stop})'
    return f'range({start}, {stop}, {step})'
