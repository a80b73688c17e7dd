"""tierpy's string: the character-class constants, capwords, Template and Formatter."""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalizes each word of s (split by sep) and joins them with sep or a space."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _ident_end(text, i):
    """The index just past the ASCII identifier starting at text[i] (i when none starts there)."""
    n = len(text)
    if i < n and (text[i] == '_' or text[i] in ascii_letters):
        i += 1
        while i < n and (text[i] == '_' or text[i] in ascii_letters or text[i] in digits):
            i += 1
    return i


class Template:
    """A string with $name / ${name} placeholders; $$ stands for a single $."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (start, end, kind, name) for every placeholder, kind being
        'escaped', 'named' or 'invalid' (name None unless named)."""
        text, mark = self.template, self.delimiter
        width = len(mark)
        pos = text.find(mark)
        while pos >= 0:
            after = pos + width
            if text.startswith(mark, after):
                yield pos, after + width, 'escaped', None
                pos = text.find(mark, after + width)
                continue
            if after < len(text) and text[after] == '{':
                end = _ident_end(text, after + 1)
                if end > after + 1 and end < len(text) and text[end] == '}':
                    yield pos, end + 1, 'named', text[after + 1:end]
                    pos = text.find(mark, end + 1)
                    continue
            else:
                end = _ident_end(text, after)
                if end > after:
                    yield pos, end, 'named', text[after:end]
                    pos = text.find(mark, end)
                    continue
            yield pos, after, 'invalid', None
            pos = text.find(mark, after)

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        line = len(lines) or 1
        col = pos - len(''.join(lines[:-1])) if lines else 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))

    def _render(self, lookup, safe):
        out, last = [], 0
        for start, end, kind, name in self._scan():
            out.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(self.template[start:end])
            else:
                try:
                    out.append('%s' % (lookup(name),))
                except KeyError:
                    if not safe:
                        raise
                    out.append(self.template[start:end])
        out.append(self.template[last:])
        return ''.join(out)

    @staticmethod
    def _lookup(mapping, kws):
        if mapping is None:
            return kws.__getitem__
        if not kws:
            return mapping.__getitem__

        def both(name):
            return kws[name] if name in kws else mapping[name]

        return both

    def substitute(self, mapping=None, /, **kws):
        """The template with every placeholder replaced (KeyError for a missing name)."""
        return self._render(self._lookup(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        """The template with the placeholders that have values replaced; others stay."""
        return self._render(self._lookup(mapping, kws), True)

    def get_identifiers(self):
        """The placeholder names, each once, in order of appearance."""
        names = []
        for _, _, kind, name in self._scan():
            if kind == 'named' and name not in names:
                names.append(name)
        return names

    def is_valid(self):
        """Whether the template has no invalid placeholder."""
        return all(kind != 'invalid' for _, _, kind, _ in self._scan())


def _field_end(text, i):
    """The index of the '}' closing the replacement field whose body starts at i."""
    depth, n = 1, len(text)
    while i < n:
        c = text[i]
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("expected '}' before end of string")


def _split_field(body):
    """(field name, conversion, format spec) of a replacement field's body."""
    i, n, bracket = 0, len(body), False
    while i < n:
        c = body[i]
        if c == '[':
            bracket = True
        elif c == ']':
            bracket = False
        elif not bracket and c in '!:':
            break
        i += 1
    name, rest = body[:i], body[i:]
    conversion = None
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(':'):
            raise ValueError('expected \':\' after conversion specifier')
    return name, conversion, rest[1:]


class Formatter:
    """str.format's machinery, with each step a method a subclass may replace."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._expand(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _expand(self, format_string, args, kwargs, used, depth, auto):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, name, spec, conversion in self.parse(format_string):
            out.append(literal)
            if name is None:
                continue
            if name == '':
                if auto is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                name, auto = str(auto), auto + 1
            elif name.isdigit():
                if auto:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto = False
            value, key = self.get_field(name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec, auto = self._expand(spec, args, kwargs, used, depth - 1, auto)
            out.append(self.format_field(value, spec))
        return ''.join(out), auto

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) tuples."""
        text, i, n, literal = format_string, 0, len(format_string), []
        while i < n:
            c = text[i]
            if c in '{}' and i + 1 < n and text[i + 1] == c:
                literal.append(c)
                yield ''.join(literal), None, None, None
                literal, i = [], i + 2
            elif c == '}':
                raise ValueError("Single '}' encountered in format string")
            elif c == '{':
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                end = _field_end(text, i + 1)
                name, conversion, spec = _split_field(text[i + 1:end])
                yield ''.join(literal), name, spec, conversion
                literal, i = [], end + 1
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        """The object a field name refers to, and the key of its first part."""
        i = 0
        while i < len(field_name) and field_name[i] not in '.[':
            i += 1
        first = field_name[:i]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        while i < len(field_name):
            if field_name[i] == '.':
                j = i + 1
                while j < len(field_name) and field_name[j] not in '.[':
                    j += 1
                obj, i = getattr(obj, field_name[i + 1:j]), j
            else:
                j = field_name.index(']', i)
                item = field_name[i + 1:j]
                obj, i = obj[int(item) if item.isdigit() else item], j + 1
        return obj, key

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))
