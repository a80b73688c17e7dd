"""re: regular expressions on str, CPython's API over the `_regex` engine
(the Rust `regex` crate). Not supported: bytes patterns, backreferences and
look-around (re.error), the LOCALE/ASCII flags (ignored)."""

import _regex

__all__ = ['compile', 'search', 'match', 'fullmatch', 'findall', 'finditer', 'sub', 'subn', 'split', 'escape',
           'purge', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE',
           'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG']

_FLAG_NAMES = (('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16), ('UNICODE', 32),
               ('VERBOSE', 64), ('ASCII', 256))


class RegexFlag(int):
    """The flags, printed by name as CPython's IntFlag does."""

    __module__ = 're'

    def __repr__(self):
        names = ['re.' + n for n, v in _FLAG_NAMES if self & v]
        return '|'.join(names) if names else 're.NOFLAG'

    __str__ = __repr__

    def __or__(self, other):
        return RegexFlag(int(self) | int(other)) if isinstance(other, int) else NotImplemented

    def __and__(self, other):
        return RegexFlag(int(self) & int(other)) if isinstance(other, int) else NotImplemented

    def __xor__(self, other):
        return RegexFlag(int(self) ^ int(other)) if isinstance(other, int) else NotImplemented

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__


NOFLAG = RegexFlag(0)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
A = ASCII = RegexFlag(256)


class error(Exception):
    """A pattern the engine rejects."""

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        Exception.__init__(self, msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


class Match:
    __module__ = 're'
    __tp_name__ = 're.Match'

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, str):
            try:
                return self.re.groupindex[g]
            except KeyError:
                raise IndexError('no such group')
        if isinstance(g, int) and 0 <= g < len(self._spans):
            return g
        raise IndexError('no such group')

    def _get(self, g, default=None):
        s, e = self._spans[self._index(g)]
        return default if s < 0 else self.string[s:e]

    def group(self, *gs):
        if not gs:
            return self._get(0)
        if len(gs) == 1:
            return self._get(gs[0])
        return tuple(self._get(g) for g in gs)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self._spans)))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, g=0):
        return self._spans[self._index(g)][0]

    def end(self, g=0):
        return self._spans[self._index(g)][1]

    def span(self, g=0):
        return self._spans[self._index(g)]

    @property
    def lastindex(self):
        last, best = None, -1
        for i in range(1, len(self._spans)):
            s, e = self._spans[i]
            if s >= 0 and e > best:
                last, best = i, e
        return last

    @property
    def lastgroup(self):
        i = self.lastindex
        for name, j in self.re.groupindex.items():
            if j == i:
                return name
        return None

    @property
    def regs(self):
        return tuple(self._spans)

    def expand(self, template):
        return _expand(self, template)

    def __bool__(self):
        return True

    def __repr__(self):
        return f'<re.Match object; span={self.span()!r}, match={self.group()!r}>'


class Pattern:
    __module__ = 're'
    __tp_name__ = 're.Pattern'

    def __init__(self, pattern, flags):
        if isinstance(pattern, (bytes, bytearray)):
            raise error('bytes patterns are not supported by tierpy')
        if not isinstance(pattern, str):
            raise TypeError('first argument must be string or compiled pattern')
        try:
            groups, names = _regex.info(pattern, flags)
        except ValueError as e:
            raise error(str(e), pattern) from None
        self.pattern = pattern
        self.flags = int(flags) | 32
        self._flags = int(flags)
        self.groups = groups
        self.groupindex = names

    def _run(self, string, pos, endpos, mode):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        spans = _regex.search(self.pattern, self._flags, string, pos, endpos, mode)
        return None if spans is None else Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        n = len(string) if endpos is None else min(endpos, len(string))
        empty_at = -1
        while pos <= n:
            m = self._run(string, pos, n, 0)
            if m is None:
                return
            s, e = m.span()
            if s == e == empty_at:
                # No empty match where the previous (empty) one was.
                pos += 1
                empty_at = -1
                continue
            yield m
            empty_at = e if s == e else -1
            if s == e:
                empty_at = e
            pos = e

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or '')
            else:
                out.append(tuple(g or '' for g in m.groups()))
        return out

    def subn(self, repl, string, count=0):
        if not callable(repl):
            template = repl
            repl = lambda m: _expand(m, template)  # noqa: E731
        out, last, n = [], 0, 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.append(repl(m))
            last = e
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out, last, n = [], 0, 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.extend(m.groups())
            last = e
            n += 1
        out.append(string[last:])
        return out

    def __eq__(self, other):
        return isinstance(other, Pattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        flags = self._flags & ~UNICODE
        names = [n for n, v in (('re.IGNORECASE', 2), ('re.LOCALE', 4), ('re.MULTILINE', 8), ('re.DOTALL', 16),
                                ('re.VERBOSE', 64), ('re.ASCII', 256)) if flags & v]
        text = repr(self.pattern)
        return f're.compile({text}, {"|".join(names)})' if names else f're.compile({text})'


def _expand(m, template):
    """A sub() template with its group references filled in."""
    out, i, n = [], 0, len(template)
    while i < n:
        c = template[i]
        if c != '\\' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = template[i + 1]
        if d.isdigit():
            j = i + 1
            while j < n and j < i + 3 and template[j].isdigit():
                j += 1
            out.append(m.group(int(template[i + 1:j])) or '')
            i = j
        elif d == 'g' and i + 2 < n and template[i + 2] == '<':
            j = template.index('>', i)
            name = template[i + 3:j]
            out.append(m.group(int(name) if name.isdigit() else name) or '')
            i = j + 1
        else:
            out.append({'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b'}.get(d, '\\' + d))
            i += 2
    return ''.join(out)


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = _cache[key] = Pattern(pattern, flags)
    return p


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_special = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    return ''.join('\\' + c if c in _special else c for c in pattern)
