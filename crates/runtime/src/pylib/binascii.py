"""tierpy's binascii: CRC-32 and conversions between bytes and hex or
base64 text."""


class Error(ValueError):
    """Raised for malformed input."""


class Incomplete(Exception):
    """Raised for incomplete input."""


Error.__module__ = Incomplete.__module__ = 'binascii'


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def _data(data, what='a bytes-like object'):
    if isinstance(data, str):
        raise TypeError(f"{what} is required, not 'str'")
    return bytes(data)


def crc32(data, crc=0):
    """The CRC-32 of `data`, continuing from `crc`."""
    crc = ~crc & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in _data(data):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def hexlify(data, sep=None, bytes_per_sep=1):
    """The hexadecimal digits of `data`, as bytes."""
    data = _data(data)
    text = data.hex() if sep is None else data.hex(sep, bytes_per_sep)
    return text.encode()


b2a_hex = hexlify


def unhexlify(hexstr):
    """The bytes whose hexadecimal digits are `hexstr`."""
    if isinstance(hexstr, str):
        if not hexstr.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        hexstr = hexstr.encode()
    hexstr = bytes(hexstr)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(hexstr.decode())
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_INDEX = {c: i for i, c in enumerate(_B64)}


def b2a_base64(data, *, newline=True):
    """The base64 encoding of `data`, as bytes (with a newline)."""
    data = _data(data)
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\0' * (3 - len(chunk)), 'big')
        quad = bytes(_B64[(n >> s) & 63] for s in (18, 12, 6, 0))
        out += quad[:len(chunk) + 1] + b'=' * (3 - len(chunk))
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """The bytes encoded in base64 `data` (other characters are skipped;
    decoding stops after the padding of a quad)."""
    if isinstance(data, str):
        data = data.encode('ascii')
    bits, quad_pos, pads, out = 0, 0, 0, bytearray()
    for c in bytes(data):
        if c == 61:  # '='
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                return bytes(out)
            continue
        if c not in _B64_INDEX:
            continue
        pads = 0
        bits = ((bits << 6) | _B64_INDEX[c]) & 0xFFFFFF
        if quad_pos:
            out.append((bits >> (6 - 2 * quad_pos)) & 0xFF)
        quad_pos = (quad_pos + 1) % 4
    if quad_pos == 1:
        n = len(out) // 3 * 4 + 1
        raise Error(f'Invalid base64-encoded string: number of data characters ({n}) cannot be 1 more than a multiple of 4')
    if quad_pos:
        raise Error('Incorrect padding')
    return bytes(out)
