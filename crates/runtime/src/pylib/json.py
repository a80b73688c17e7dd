"""tierpy's json: dumps/dump, loads/load, JSONEncoder, JSONDecoder and
JSONDecodeError, written in Python with CPython 3.11's output and messages
(the parser recurses, so very deep nesting ends in RecursionError)."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """A document that is not valid JSON: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_SHORT = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}
_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'


def _hex4(s, pos):
    """The value of the 4 hex digits after the 'u' at s[pos]."""
    digits = s[pos + 1:pos + 5]
    if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
        return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)


def scanstring(s, end, strict=True):
    """The string whose body starts at s[end] (after its opening quote) and
    the index just past its closing quote."""
    begin = end - 1
    out = []
    while True:
        stop = end
        while stop < len(s) and s[stop] not in '"\\' and (s[stop] >= ' ' or not strict):
            stop += 1
        out.append(s[end:stop])
        if stop >= len(s):
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[stop]
        if c == '"':
            return ''.join(out), stop + 1
        if c != '\\':
            raise JSONDecodeError('Invalid control character at', s, stop)
        if stop + 1 >= len(s):
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[stop + 1]
        if esc != 'u':
            if esc not in _ESCAPES:
                raise JSONDecodeError('Invalid \\escape', s, stop)
            out.append(_ESCAPES[esc])
            end = stop + 2
            continue
        code = _hex4(s, stop + 1)
        end = stop + 6
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        out.append(chr(code))


class _Parser:
    """One decode: the document and the hooks."""

    def __init__(self, decoder, s):
        self.d = decoder
        self.s = s
        self.kind = 'object'

    def skip(self, i):
        s = self.s
        while i < len(s) and s[i] in _WHITESPACE:
            i += 1
        return i

    def value(self, i):
        s = self.s
        c = s[i:i + 1]
        if c == '"':
            return scanstring(s, i + 1, self.d.strict)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.d.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.d.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.d.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        j = i + (s[i:i + 1] == '-')
        if s[j:j + 1] == '0':
            j += 1
        elif s[j:j + 1] and s[j] in '123456789':
            while j < len(s) and s[j] in _DIGITS:
                j += 1
        else:
            raise JSONDecodeError('Expecting value', s, i)
        integer_end = j
        if s[j:j + 1] == '.' and s[j + 1:j + 2] and s[j + 1] in _DIGITS:
            j += 2
            while j < len(s) and s[j] in _DIGITS:
                j += 1
        if s[j:j + 1] in ('e', 'E'):
            k = j + 1
            if s[k:k + 1] in ('+', '-'):
                k += 1
            if s[k:k + 1] and s[k] in _DIGITS:
                while k < len(s) and s[k] in _DIGITS:
                    k += 1
                j = k
        text = s[i:j]
        if j == integer_end:
            return self.d.parse_int(text), j
        return self.d.parse_float(text), j

    def object(self, i):
        s = self.s
        self.kind = 'object'
        pairs = []
        i = self.skip(i)
        if s[i:i + 1] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if s[i:i + 1] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = scanstring(s, i + 1, self.d.strict)
            i = self.skip(i)
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self.skip(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.skip(i)
            c = s[i:i + 1]
            if c == '}':
                return self.finish_object(pairs), i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)

    def finish_object(self, pairs):
        if self.d.object_pairs_hook is not None:
            return self.d.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.d.object_hook is not None:
            return self.d.object_hook(obj)
        return obj

    def array(self, i):
        s = self.s
        self.kind = 'array'
        items = []
        i = self.skip(i)
        if s[i:i + 1] == ']':
            return items, i + 1
        while True:
            value, i = self.value(i)
            items.append(value)
            i = self.skip(i)
            c = s[i:i + 1]
            if c == ']':
                return items, i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)


_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class JSONDecoder:
    """Decodes JSON documents into Python objects."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The object the whole of s stands for."""
        obj, end = self.raw_decode(s, _Parser(self, s).skip(0))
        end = _Parser(self, s).skip(end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The object starting at s[idx] and the index where it ends."""
        parser = _Parser(self, s)
        try:
            return parser.value(idx)
        except IndexError:
            raise JSONDecodeError('Expecting value', s, idx) from None
        except RecursionError as e:
            if str(e) != 'maximum recursion depth exceeded':
                raise
            msg = f'maximum recursion depth exceeded while decoding a JSON {parser.kind} from a unicode string'
            raise RecursionError(msg) from None


def _quote(s, ascii_only):
    out = []
    for c in s:
        if c in _SHORT:
            out.append(_SHORT[c])
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        elif ascii_only and c > '~':
            n = ord(c)
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


class JSONEncoder:
    """Encodes Python objects as JSON text."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects JSON has no form for: raises TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, in pieces."""
        out = []
        self._encode(o, out, 0, {} if self.check_circular else None)
        return out

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == float('-inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _newline(self, level):
        if self.indent is None:
            return ''
        indent = ' ' * self.indent if isinstance(self.indent, int) else self.indent
        return '\n' + indent * level

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_quote(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._container(o, out, level, markers, self._list_items)
        elif isinstance(o, dict):
            self._container(o, out, level, markers, self._dict_items)
        else:
            self._container(o, out, level, markers, self._default_item)

    def _container(self, o, out, level, markers, body):
        if markers is not None:
            if id(o) in markers:
                raise ValueError('Circular reference detected')
            markers[id(o)] = o
        body(o, out, level, markers)
        if markers is not None:
            del markers[id(o)]

    def _default_item(self, o, out, level, markers):
        self._encode(self.default(o), out, level, markers)

    def _list_items(self, o, out, level, markers):
        if not o:
            out.append('[]')
            return
        out.append('[')
        for i, item in enumerate(o):
            out.append((self.item_separator if i else '') + self._newline(level + 1))
            self._encode(item, out, level + 1, markers)
        out.append(self._newline(level) + ']')

    def _key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self._float(k)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def _dict_items(self, o, out, level, markers):
        if not o:
            out.append('{}')
            return
        out.append('{')
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for k, v in items:
            key = self._key(k)
            if key is None:
                continue
            out.append(('' if first else self.item_separator) + self._newline(level + 1))
            first = False
            out.append(_quote(key, self.ensure_ascii) + self.key_separator)
            self._encode(v, out, level + 1, markers)
        out.append(self._newline(level) + '}')


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON str."""
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    """Writes obj as JSON to the file-like fp."""
    for chunk in (kw.pop('cls', None) or JSONEncoder)(**kw).iterencode(obj):
        fp.write(chunk)


def loads(s, *, cls=None, **kw):
    """The object the JSON document s (str, bytes or bytearray) stands for."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = bytes(s).decode('utf-8-sig' if bytes(s).startswith(b'\xef\xbb\xbf') else 'utf-8')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    return (cls or JSONDecoder)(**kw).decode(str(s))


def load(fp, **kw):
    """The object the JSON document read from fp stands for."""
    return loads(fp.read(), **kw)


class _Submodule:
    """A name space standing for json.decoder / json.encoder."""

    def __init__(self, name, **members):
        self.__name__ = name
        self.__dict__.update(members)


decoder = _Submodule('json.decoder', JSONDecoder=JSONDecoder, JSONDecodeError=JSONDecodeError, scanstring=scanstring)
encoder = _Submodule('json.encoder', JSONEncoder=JSONEncoder)
