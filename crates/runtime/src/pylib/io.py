"""tierpy's io: StringIO and BytesIO, in-memory text and byte streams, written
in Python with CPython 3.11's behaviour and messages."""


import _os


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryIO:
    """What StringIO and BytesIO share: a buffer, a position and the file methods."""

    _empty = ''
    _newline = '\n'

    def __repr__(self):
        return '<_io.%s object at 0x%012x>' % (type(self).__name__, id(self))

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return self._buf

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def write(self, s):
        self._check()
        s = self._coerce(s)
        n = len(s)
        if n:
            buf = self._buf
            if self._pos > len(buf):
                buf += self._empty.join([self._pad] * (self._pos - len(buf)))
            self._buf = buf[:self._pos] + s + buf[self._pos + n:]
            self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size is None or size < 0 else min(start + size, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def readline(self, size=-1):
        self._check()
        start = min(self._pos, len(self._buf))
        nl = self._buf.find(self._newline, start)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._buf = self._buf[:size]
        return size

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryIO):
    """A text stream kept in memory. `newline` works as CPython's: None
    translates every line ending to '\\n' on writing, '' and None record the
    endings seen (`newlines`), '\\r' and '\\r\\n' replace '\\n' on writing."""

    _pad = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._mode = newline
        self._seen = 0
        self._buf = ''
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _coerce(self, s):
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        mode = self._mode
        if mode is None or mode == '':
            if '\r' in s or '\n' in s:
                self._note_endings(s)
            if mode is None and '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif mode != '\n' and '\n' in s:
            s = s.replace('\n', mode)
        return s

    def _note_endings(self, s):
        crlf = s.count('\r\n')
        for bit, n in ((1, s.count('\r') - crlf), (2, s.count('\n') - crlf), (4, crlf)):
            if n:
                self._seen |= bit

    @property
    def newlines(self):
        """The line endings read or written so far: None, one str or a tuple of them."""
        self._check()
        kinds = tuple(k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit)
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else kinds

    def readline(self, size=-1):
        mode = self._mode
        if mode is None or mode == '\n':
            return super().readline(size)
        self._check()
        buf = self._buf
        start = min(self._pos, len(buf))
        if mode == '':
            end = _universal_line_end(buf, start)
        else:
            at = buf.find(mode, start)
            end = len(buf) if at < 0 else at + len(mode)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return buf[start:end]


def _universal_line_end(buf, start):
    """The end of the line starting at `start`, a line ending at '\\n', '\\r' or '\\r\\n'."""
    ends = [i for i in (buf.find('\r', start), buf.find('\n', start)) if i >= 0]
    if not ends:
        return len(buf)
    at = min(ends)
    return at + 2 if buf.startswith('\r\n', at) else at + 1


class BytesIO(_MemoryIO):
    """A byte stream kept in memory."""

    _empty = b''
    _newline = b'\n'
    _pad = b'\0'

    def __init__(self, initial_bytes=b''):
        self._buf = b'' if initial_bytes is None else self._coerce(initial_bytes)
        self._pos = 0
        self._closed = False

    def _coerce(self, b):
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray)) and not hasattr(b, '__buffer__'):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        return bytes(b)

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if pos < 0:
            raise ValueError(f'negative seek value {pos}')
        self._pos = pos
        return pos


class _File:
    """What open()'s file objects add to the in-memory streams: the file's
    contents are read whole when it is opened, and every write goes to the
    file at once (an append, or the whole contents when the file was opened
    for updating with '+'), so nothing waits in a buffer for a close that
    may never come."""

    def _open(self, name, mode, kind, update):
        self.name = name
        self.mode = mode
        self._kind = kind
        self._update = update
        self._closed = False
        self._pos = 0
        if kind == 'r':
            return _os.read_file(name)
        _os.write_file(name, b'', {'w': 0, 'a': 1, 'x': 2}[kind])
        return _os.read_file(name) if kind == 'a' else b''

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        self._check()
        return self._kind == 'r' or self._update

    def writable(self):
        self._check()
        return self._kind != 'r' or self._update

    def _need(self, readable):
        self._check()
        if readable and not self.readable():
            raise UnsupportedOperation('not readable')
        if not readable and not self.writable():
            raise UnsupportedOperation('not writable')

    def read(self, size=-1):
        self._need(True)
        return super().read(size)

    def readline(self, size=-1):
        self._need(True)
        return super().readline(size)

    def write(self, s):
        self._need(False)
        if self._kind == 'a':
            self._pos = len(self._buf)
        at, end = self._pos, len(self._buf)
        n = super().write(s)
        if at == end:
            _os.write_file(self.name, self._encoded(self._buf[at:]), 1)
        else:
            _os.write_file(self.name, self._encoded(self._buf), 0)
        return n

    def truncate(self, size=None):
        self._need(False)
        n = super().truncate(size)
        _os.write_file(self.name, self._encoded(self._buf), 0)
        return n


class TextIOWrapper(_File, StringIO):
    """A text file from open(): UTF-8, lines ending in '\\n' however they
    end in the file unless `newline` says otherwise."""

    def __init__(self, name, mode, kind, update, encoding, errors, newline):
        data = self._open(name, mode, kind, update)
        self.encoding = 'UTF-8' if encoding is None else encoding
        self.errors = 'strict' if errors is None else errors
        self._mode = newline
        self._seen = 0
        text = data.decode(self.encoding, self.errors)
        if newline is None and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._buf = text
        if kind == 'a':
            self._pos = len(text)

    def _coerce(self, s):
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        if self._mode not in (None, '', '\n') and '\n' in s:
            s = s.replace('\n', self._mode)
        return s

    def _encoded(self, text):
        return text.encode(self.encoding, self.errors)

    def tell(self):
        self._check()
        return len(self._encoded(self._buf[:self._pos]))

    @property
    def buffer(self):
        raise UnsupportedOperation('tierpy text files have no binary buffer')

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"


class _BinaryFile(_File, BytesIO):
    """A binary file from open()."""

    def __init__(self, name, mode, kind, update):
        self._buf = self._open(name, mode, kind, update)
        if kind == 'a':
            self._pos = len(self._buf)

    def _encoded(self, data):
        return data

    def __repr__(self):
        return f"<_io.{type(self).__name__} name={self.name!r}>"


class BufferedReader(_BinaryFile):
    pass


class BufferedWriter(_BinaryFile):
    pass


class BufferedRandom(_BinaryFile):
    pass


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Opens a file for reading, writing or appending, in text or binary mode."""
    if not isinstance(file, str):
        method = getattr(type(file), '__fspath__', None)
        if method is None:
            if isinstance(file, int):
                raise OSError('tierpy cannot open file descriptors')
            raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
        file = method(file)
    if not isinstance(mode, str):
        raise TypeError(f'open() argument \'mode\' must be str, not {type(mode).__name__}')
    if len(set(mode)) != len(mode) or any(c not in 'rwaxbt+' for c in mode):
        raise ValueError(f"invalid mode: '{mode}'")
    if 'b' in mode and 't' in mode:
        raise ValueError("can't have text and binary mode at once")
    kinds = [c for c in mode if c in 'rwax']
    if len(kinds) > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not kinds:
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    kind, update = kinds[0], '+' in mode
    if 'b' in mode:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
        cls = BufferedRandom if update else BufferedReader if kind == 'r' else BufferedWriter
        return cls(file, mode, kind, update)
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError(f'illegal newline value: {newline}')
    return TextIOWrapper(file, mode, kind, update, encoding, errors, newline)
