"""tierpy's struct: packing values to bytes and back by a format string."""

from array import _bits_float, _float_bits, _round32


class error(Exception):
    """Raised for bad formats and values that do not fit them."""


error.__module__ = 'struct'

# code: (standard size, native size, signed) for the integer codes.
_INTS = {
    'b': (1, 1, True), 'B': (1, 1, False), 'h': (2, 2, True), 'H': (2, 2, False),
    'i': (4, 4, True), 'I': (4, 4, False), 'l': (4, 8, True), 'L': (4, 8, False),
    'q': (8, 8, True), 'Q': (8, 8, False), 'n': (8, 8, True), 'N': (8, 8, False), 'P': (8, 8, False),
}
_FLOATS = {'e': 2, 'f': 4, 'd': 8}


def _parse(fmt):
    """(byte order, native alignment, [(code, count)]) of a format."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode()
    if not isinstance(fmt, str):
        raise TypeError('Struct() argument 1 must be a str or bytes object, not ' + type(fmt).__name__)
    order, native = 'little', True
    if fmt and fmt[0] in '@=<>!':
        native = fmt[0] == '@'
        order = 'big' if fmt[0] in '>!' else 'little'
        fmt = fmt[1:]
    items, count = [], None
    for ch in fmt:
        if ch.isspace():
            continue
        if ch.isdigit():
            count = (count or 0) * 10 + int(ch)
            continue
        if ch not in _INTS and ch not in _FLOATS and ch not in 'xcs?p':
            raise error('bad char in struct format')
        if not native and ch in 'nNP':
            raise error('bad char in struct format')
        items.append((ch, 1 if count is None else count))
        count = None
    if count is not None:
        raise error('repeat count given without format specifier')
    return order, native, items


def _size(code, native):
    if code in _INTS:
        return _INTS[code][1 if native else 0]
    return _FLOATS.get(code, 1)


def _layout(fmt):
    """(byte order, [(code, count, offset, item size)], total size) of a format."""
    order, out, pos, _ = _layout_native(fmt)
    return order, out, pos


def _layout_native(fmt):
    """_layout and whether the format has native sizes."""
    order, native, items = _parse(fmt)
    out, pos = [], 0
    for code, count in items:
        size = _size(code, native)
        if native and code not in 'xcs?p' and pos % size:
            pos += size - pos % size
        out.append((code, count, pos, size))
        pos += size * count if code not in 'sp' else count
    return order, out, pos, native


def calcsize(fmt):
    """The number of bytes the format packs to."""
    return _layout(fmt)[2]


def _pack_int(code, v, size, signed, order):
    if not isinstance(v, int):
        if hasattr(v, '__index__'):
            v = v.__index__()
        else:
            raise error('required argument is not an integer')
    # First the conversion to a C long (unsigned long for the unsigned codes
    # wider than a short), then the range of the code's size.
    if code in 'bBhH' or signed:
        if not -(1 << 63) <= v < 1 << 63:
            raise error('argument out of range')
    elif not 0 <= v < 1 << 64:
        raise error('argument out of range')
    bits = size * 8
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    if not lo <= v <= hi:
        # (CPython's little-endian packers name the short codes, as on this machine.)
        names = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'} if order == 'little' else {'b': 'byte', 'B': 'ubyte'}
        name = names.get(code, repr(code))
        raise error(f'{name} format requires {lo} <= number <= {hi}')
    return int(v).to_bytes(size, order, signed=signed)


def pack(fmt, *values):
    """The bytes of `values` packed by the format."""
    order, items, total, native = _layout_native(fmt)
    want = sum(1 if code in 'sp' else count for code, count, _, _ in items if code != 'x')
    if len(values) != want:
        raise error(f'pack expected {want} items for packing (got {len(values)})')
    out = bytearray(total)
    vals = iter(values)
    for code, count, pos, size in items:
        if code == 'x':
            continue
        if code in 'sp':
            v = next(vals)
            if not isinstance(v, (bytes, bytearray)):
                raise error(f"argument for '{code}' must be a bytes object")
            v = bytes(v[: count - 1 if code == 'p' and count else count])
            if code == 'p' and count:
                out[pos] = min(len(v), 255)
                pos += 1
            out[pos:pos + len(v)] = v
            continue
        for k in range(count):
            v = next(vals)
            if code == 'c':
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error('char format requires a bytes object of length 1')
                chunk = bytes(v)
            elif code == '?':
                chunk = b'\x01' if v else b'\x00'
            elif code in _FLOATS:
                if not isinstance(v, (int, float)):
                    raise error('required argument is not a float')
                v = float(v)
                if size == 4:
                    r = _round32(v)
                    if not native and r != v and abs(r) == float('inf'):
                        raise OverflowError('float too large to pack with f format')
                    v = r
                chunk = _float_bits(v, size).to_bytes(size, order)
            else:
                chunk = _pack_int(code, v, size, _INTS[code][2], order)
            out[pos + k * size:pos + (k + 1) * size] = chunk
    return bytes(out)


def unpack(fmt, buffer):
    """The tuple of values packed in `buffer` (exactly calcsize(fmt) bytes)."""
    size = calcsize(fmt)
    if len(buffer) != size:
        raise error(f'unpack requires a buffer of {size} bytes')
    return unpack_from(fmt, buffer)


def unpack_from(fmt, buffer, offset=0):
    """The tuple of values packed in `buffer` from `offset`."""
    order, items, total = _layout(fmt)
    if isinstance(buffer, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = bytes(buffer)
    if offset < 0:
        if -offset > len(data):
            raise error(f'offset {offset} out of range for {len(data)}-byte buffer')
        offset += len(data)
    if len(data) - offset < total:
        raise error(
            f'unpack_from requires a buffer of at least {total + offset} bytes for unpacking {total} bytes at offset {offset} (actual buffer size is {len(data)})'
        )
    out = []
    for code, count, pos, size in items:
        pos += offset
        if code == 'x':
            continue
        if code == 's':
            out.append(data[pos:pos + count])
            continue
        if code == 'p':
            n = min(data[pos], count - 1) if count else 0
            out.append(data[pos + 1:pos + 1 + n])
            continue
        for k in range(count):
            chunk = data[pos + k * size:pos + (k + 1) * size]
            if code == 'c':
                out.append(chunk)
            elif code == '?':
                out.append(chunk != b'\x00')
            elif code in _FLOATS:
                out.append(_bits_float(int.from_bytes(chunk, order), size))
            else:
                out.append(int.from_bytes(chunk, order, signed=_INTS[code][2]))
    return tuple(out)


def pack_into(fmt, buffer, offset, *values):
    """Packs `values` into the writable `buffer` at `offset`."""
    data = pack(fmt, *values)
    if offset < 0:
        if -offset > len(buffer):
            raise error(f'offset {offset} out of range for {len(buffer)}-byte buffer')
        offset += len(buffer)
    if len(buffer) - offset < len(data):
        raise error(
            f'pack_into requires a buffer of at least {len(data) + offset} bytes for packing {len(data)} bytes at offset {offset} (actual buffer size is {len(buffer)})'
        )
    buffer[offset:offset + len(data)] = data


def iter_unpack(fmt, buffer):
    """Unpacks successive chunks of `buffer`."""
    size = calcsize(fmt)
    if size == 0 or len(buffer) % size:
        raise error(f'iterative unpacking requires a buffer of a multiple of {size} bytes')
    return (unpack_from(fmt, buffer, k) for k in range(0, len(buffer), size))


class Struct:
    """A compiled format."""

    def __init__(self, format):
        self.format = format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)


Struct.__module__ = '_struct'
