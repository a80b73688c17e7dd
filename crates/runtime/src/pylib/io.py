"""tierpy's io: StringIO and BytesIO, in-memory text and byte streams, written
in Python with CPython 3.11's behaviour and messages."""


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
