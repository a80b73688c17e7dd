"""tierpy's array: typed arrays of numbers kept as a list of Python values,
packed little-endian by tobytes() and (for bytes(), bytearray(), concatenation)
by __buffer__."""

from math import copysign as _copysign, frexp as _frexp, ldexp as _ldexp, isinf as _isinf, isnan as _isnan

typecodes = 'bBuhHiIlLqQfd'
_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_NAMES = {
    'b': 'signed char', 'B': 'unsigned byte integer', 'h': 'signed short integer', 'H': 'unsigned short',
    'i': 'signed integer', 'I': 'unsigned int', 'l': 'signed long integer', 'L': 'unsigned long',
    'q': 'signed long long integer', 'Q': 'unsigned long long',
}


def _overflow_message(code, v, below):
    """CPython's message for an int out of the range of typecode `code`."""
    if code in 'qQ':
        return "can't convert negative int to unsigned" if code == 'Q' and v < 0 else 'int too big to convert'
    if code in 'IL':
        if v < 0:
            return "can't convert negative value to unsigned int"
        if v >= 1 << 64 or code == 'L':
            return 'Python int too large to convert to C unsigned long'
    elif not -(1 << 63) <= v < 1 << 63 or code == 'l':
        return 'Python int too large to convert to C long'
    return _NAMES[code] + (' is less than minimum' if below else ' is greater than maximum')


def _round32(x):
    """x rounded to the nearest single-precision float."""
    if x == 0 or _isinf(x) or _isnan(x):
        return x
    m, e = _frexp(x)
    if e < -125:
        return _ldexp(round(_ldexp(x, 149)), -149)
    r = _ldexp(round(m * 16777216) / 16777216, e)
    return float('inf') * (1 if x > 0 else -1) if abs(r) > 3.4028234663852886e38 else r


# size in bytes: (mantissa bits, exponent bits) of the IEEE-754 binary formats.
_FLOAT_FORMATS = {2: (10, 5), 4: (23, 8), 8: (52, 11)}


def _float_bits(x, size):
    """The IEEE-754 bits of x as a float of `size` bytes (rounded half to even;
    OverflowError when a finite x is too large for a half float)."""
    mbits, ebits = _FLOAT_FORMATS[size]
    bias = (1 << (ebits - 1)) - 1
    sign = (1 if _copysign(1.0, x) < 0 else 0) << (size * 8 - 1)
    x = abs(x)
    if _isnan(x):
        return sign | ((1 << ebits) - 1) << mbits | 1 << (mbits - 1)
    if _isinf(x):
        return sign | ((1 << ebits) - 1) << mbits
    if x == 0:
        return sign
    m, e = _frexp(x)
    exp = e - 1 + bias
    if exp <= 0:
        frac = round(_ldexp(x, bias - 1 + mbits))
        exp = 0
    else:
        frac = round((m * 2 - 1) * (1 << mbits))
    bits = (exp << mbits) + frac
    if bits >> mbits >= (1 << ebits) - 1:
        raise OverflowError('float too large to pack with e format')
    return sign | bits


def _bits_float(bits, size):
    """The float whose IEEE-754 bits (of a float of `size` bytes) are `bits`."""
    mbits, ebits = _FLOAT_FORMATS[size]
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (size * 8 - 1) else 1.0
    exp = (bits >> mbits) & ((1 << ebits) - 1)
    frac = bits & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        return sign * float('inf') if frac == 0 else _copysign(float('nan'), sign)
    if exp == 0:
        return sign * _ldexp(frac, 1 - bias - mbits)
    return sign * _ldexp(frac + (1 << mbits), exp - bias - mbits)


class array:
    """array(typecode[, initializer]): a sequence of numbers of one C type."""

    __tp_name__ = 'array.array'  # the name CPython's messages give the type

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not ' + type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._code = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f'cannot use a str to initialize an array with typecode {typecode!r}')
            self._items = list(initializer)
        elif isinstance(initializer, array) and initializer._code == 'u' and typecode != 'u':
            raise TypeError(f'cannot use a unicode array to initialize an array with typecode {typecode!r}')
        else:
            self.extend(list(initializer) if isinstance(initializer, array) else initializer)

    typecode = property(lambda self: self._code)
    itemsize = property(lambda self: _SIZES[self._code])

    def _check(self, v):
        code = self._code
        if code in 'fd':
            if not isinstance(v, (int, float)):
                raise TypeError('must be real number, not ' + type(v).__name__)
            v = float(v)
            return _round32(v) if code == 'f' else v
        if code == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError('array item must be unicode character')
            return v
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
        bits = _SIZES[code] * 8
        lo, hi = (0, (1 << bits) - 1) if code.isupper() else (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
        if lo <= v <= hi:
            return int(v)
        raise OverflowError(_overflow_message(code, v, v < lo))

    def _same_kind(self, other):
        if not isinstance(other, array):
            return False
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        return True

    def _new(self, items):
        a = array(self._code)
        a._items = items
        return a

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array) and iterable._code != self._code:
            raise TypeError('can only extend with array of same kind')
        self._items.extend([self._check(v) for v in iterable])

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        return self._items.pop(i)

    def remove(self, v):
        if v not in self._items:
            raise ValueError('array.remove(x): x not in array')
        self._items.remove(v)

    def index(self, v, start=0, stop=None):
        items = self._items if stop is None else self._items[:stop]
        if v in items[start:]:
            return items.index(v, start)
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self.extend(items)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tobytes(self):
        code, size = self._code, _SIZES[self._code]
        out = bytearray()
        for v in self._items:
            if code in 'fd':
                v = _float_bits(v, size)
            elif code == 'u':
                v = ord(v)
            out += v.to_bytes(size, 'little', signed=code in 'bhilq')
        return bytes(out)

    def frombytes(self, data):
        code, size = self._code, _SIZES[self._code]
        data = bytes(data)
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        for k in range(0, len(data), size):
            v = int.from_bytes(data[k:k + size], 'little', signed=code in 'bhilq')
            self._items.append(_bits_float(v, size) if code in 'fd' else chr(v) if code == 'u' else v)

    def byteswap(self):
        if self._code in 'fdu':
            raise RuntimeError("don't know how to byteswap this array type")
        size = _SIZES[self._code]
        signed = self._code.islower()
        self._items = [int.from_bytes(v.to_bytes(size, 'little', signed=signed), 'big', signed=signed) for v in self._items]

    def buffer_info(self):
        return (id(self), len(self._items))

    def __buffer__(self, flags):
        """tierpy's stand-in for the buffer protocol: the packed bytes."""
        return self.tobytes()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "' + type(v).__name__ + '") to array slice')
            self._same_kind(v)
            self._items[i] = list(v._items)
            return
        try:
            self._items[i] = self._check(v)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        del self._items[i]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        self._same_kind(other)
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self._same_kind(other)
        self._items += other._items
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        self._items *= n
        return self

    def __eq__(self, other):
        if isinstance(other, bytearray):
            # bytearray compares its bytes with any buffer's.
            return self.tobytes() == other
        return self._items == other._items if isinstance(other, array) else NotImplemented

    def __ne__(self, other):
        if isinstance(other, bytearray):
            return self.tobytes() != other
        return self._items != other._items if isinstance(other, array) else NotImplemented

    def __lt__(self, other):
        return self._items < other._items if isinstance(other, array) else NotImplemented

    def __le__(self, other):
        return self._items <= other._items if isinstance(other, array) else NotImplemented

    def __gt__(self, other):
        return self._items > other._items if isinstance(other, array) else NotImplemented

    def __ge__(self, other):
        return self._items >= other._items if isinstance(other, array) else NotImplemented

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __repr__(self):
        if not self._items:
            return f'array({self._code!r})'
        if self._code == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f'array({self._code!r}, {self._items!r})'


ArrayType = array
