"""tierpy's memoryview builtin (defined on first use): a view of the items of
a bytes, bytearray or array object, slices of which share the object."""

from array import array as _array


class _readonly:
    """A read-only attribute of memoryview objects, computed by `get`."""

    def __init__(self, get):
        self.get = get

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return self if obj is None else self.get(obj)

    def __set__(self, obj, value):
        raise AttributeError(f"attribute '{self.name}' of 'memoryview' objects is not writable")


class memoryview:
    """memoryview(object): a view of a bytes-like object's items."""

    def __init__(self, obj):
        if isinstance(obj, memoryview):
            obj._check_released()
            self._base, self._start, self._step, self._len = obj._base, obj._start, obj._step, obj._len
        elif isinstance(obj, (bytes, bytearray, _array)):
            self._base, self._start, self._step, self._len = obj, 0, 1, len(obj)
        else:
            raise TypeError(f"memoryview: a bytes-like object is required, not '{type(obj).__name__}'")
        self._released = False

    def _check_released(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError('memoryview: invalid slice key')
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('index out of bounds on dimension 1')
        return self._start + i * self._step

    obj = _readonly(lambda self: self._base)
    readonly = _readonly(lambda self: isinstance(self._base, bytes))
    format = _readonly(lambda self: self._base.typecode if isinstance(self._base, _array) else 'B')
    itemsize = _readonly(lambda self: self._base.itemsize if isinstance(self._base, _array) else 1)
    nbytes = _readonly(lambda self: self._len * self.itemsize)
    ndim = _readonly(lambda self: 1)
    shape = _readonly(lambda self: (self._len,))
    strides = _readonly(lambda self: (self.itemsize * self._step,))
    c_contiguous = contiguous = _readonly(lambda self: self._step == 1)

    def __len__(self):
        self._check_released()
        return self._len

    def __getitem__(self, key):
        self._check_released()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._len)
            view = memoryview(self)
            view._start = self._start + start * self._step
            view._step = self._step * step
            view._len = len(range(start, stop, step))
            return view
        return self._base[self._index(key)]

    def __setitem__(self, key, value):
        self._check_released()
        if self.readonly:
            raise TypeError('cannot modify read-only memory')
        if isinstance(key, slice):
            target = self[key]
            src = value if isinstance(value, memoryview) else memoryview(value)
            if src.format != self.format or src._len != target._len:
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            for k, v in enumerate(src.tolist()):
                target[k] = v
            return
        if self.format == 'B':
            if not isinstance(value, int):
                raise TypeError("memoryview: invalid type for format 'B'")
            if not 0 <= value <= 255:
                raise ValueError("memoryview: invalid value for format 'B'")
        self._base[self._index(key)] = value

    def __iter__(self):
        self._check_released()
        return iter(self.tolist())

    def tolist(self):
        self._check_released()
        return [self._base[self._start + k * self._step] for k in range(self._len)]

    def tobytes(self, order=None):
        self._check_released()
        if isinstance(self._base, _array):
            return _array(self._base.typecode, self.tolist()).tobytes()
        return bytes(self.tolist())

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def toreadonly(self):
        view = memoryview(self)
        view._base = bytes(self._base) if isinstance(self._base, bytearray) else self._base
        return view

    def release(self):
        self._released = True

    def __enter__(self):
        self._check_released()
        return self

    def __exit__(self, *exc):
        self.release()

    def __buffer__(self, flags):
        """tierpy's stand-in for the buffer protocol: the viewed bytes."""
        return self.tobytes()

    def __eq__(self, other):
        if self._released or isinstance(other, memoryview) and other._released:
            return self is other
        if isinstance(other, memoryview):
            return self.tolist() == other.tolist()
        if isinstance(other, (bytes, bytearray, _array)):
            return self.tolist() == list(other)
        return NotImplemented

    def __hash__(self):
        if not self.readonly:
            raise ValueError('cannot hash writable memoryview object')
        return hash(self.tobytes())

    def __repr__(self):
        state = 'released memory' if self._released else 'memory'
        return f'<{state} at 0x{id(self):012x}>'


memoryview.__module__ = 'builtins'
