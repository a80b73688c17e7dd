"""tierpy's pprint: pprint, pformat, pp, saferepr and PrettyPrinter laying
out dicts, lists, tuples, sets and long strings as CPython 3.11 does (dict
keys sorted unless sort_dicts=False)."""

import sys as _sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


class _SafeKey:
    """Orders values of mixed types: by value when they compare, else by
    (type name, id)."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _plain_repr(typ, base):
    """Whether typ is base or a subclass keeping base's __repr__."""
    if not issubclass(typ, base):
        return False
    return all('__repr__' not in k.__dict__ for k in typ.__mro__ if k is not base and k not in base.__mro__)


def _safe_tuple(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


class PrettyPrinter:
    """Formats objects to fit a width, one item per line where needed."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        if stream is not None:
            stream.write(self.pformat(object) + '\n')

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self._safe_repr(object, {}, None, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self._safe_repr(object, {}, None, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        return self._safe_repr(object, context.copy(), self._depth, level)[0]

    def _format(self, object, out, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            out.append(_recursion(object))
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[objid] = 1
                layout(object, out, indent, allowance, context, level + 1)
                del context[objid]
                return
        out.append(rep)

    def _layout_for(self, object):
        typ = type(object)
        if _plain_repr(typ, dict):
            return self._pprint_dict
        if _plain_repr(typ, list):
            return self._pprint_list
        if _plain_repr(typ, tuple):
            return self._pprint_tuple
        if _plain_repr(typ, set) or _plain_repr(typ, frozenset):
            return self._pprint_set
        if _plain_repr(typ, str):
            return self._pprint_str
        return None

    def _pprint_dict(self, object, out, indent, allowance, context, level):
        out.append('{')
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        if object:
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else list(object.items())
            self._format_dict_items(items, out, indent, allowance + 1, context, level)
        out.append('}')

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            out.append(rep)
            out.append(': ')
            self._format(ent, out, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                out.append(delimnl)

    def _pprint_list(self, object, out, indent, allowance, context, level):
        out.append('[')
        self._format_items(object, out, indent, allowance + 1, context, level)
        out.append(']')

    def _pprint_tuple(self, object, out, indent, allowance, context, level):
        out.append('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, out, indent, allowance + len(endchar), context, level)
        out.append(endchar)

    def _pprint_set(self, object, out, indent, allowance, context, level):
        if not object:
            out.append(repr(object))
            return
        typ = object.__class__
        if typ is set:
            out.append('{')
            endchar = '}'
        else:
            out.append(typ.__name__ + '({')
            endchar = '})'
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, out, indent, allowance + len(endchar), context, level)
        out.append(endchar)

    def _pprint_str(self, object, out, indent, allowance, context, level):
        if not object:
            out.append(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ''
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            parts = _words_with_spaces(line)
            max_width2 = max_width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.append(rep)
            return
        if level == 1:
            out.append('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                out.append('\n' + ' ' * indent)
            out.append(rep)
        if level == 1:
            out.append(')')

    def _format_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, ent in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    out.append(delim)
                    delim = ', '
                    out.append(rep)
                    continue
            out.append(delim)
            delim = delimnl
            self._format(ent, out, indent, allowance if last else 1, context, level)

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr text, readable, recursive) with dicts sorted and depth limited."""
        typ = type(object)
        if typ in (int, float, complex, str, bytes, bool, type(None)):
            if typ is int and self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False
        if _plain_repr(typ, dict):
            if not object:
                return '{}', True, False
            return self._safe_container(object, context, maxlevels, level, '{', '}', True)
        is_list = _plain_repr(typ, list)
        if is_list or _plain_repr(typ, tuple):
            if not object:
                return ('[]' if is_list else '()'), True, False
            if is_list:
                return self._safe_container(object, context, maxlevels, level, '[', ']', False)
            return self._safe_container(object, context, maxlevels, level, '(', ',)' if len(object) == 1 else ')',
                                        False)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False

    def _safe_container(self, object, context, maxlevels, level, open_, close, is_dict):
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return open_ + '...' + close, False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable, recursive, parts = True, False, []
        level += 1
        if is_dict:
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            for k, v in items:
                krepr, kread, krec = self._safe_repr(k, context, maxlevels, level)
                vrepr, vread, vrec = self._safe_repr(v, context, maxlevels, level)
                parts.append('%s: %s' % (krepr, vrepr))
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
        else:
            for o in object:
                orepr, oread, orec = self._safe_repr(o, context, maxlevels, level)
                parts.append(orepr)
                readable = readable and oread
                recursive = recursive or orec
        del context[objid]
        return open_ + ', '.join(parts) + close, readable, recursive


def _words_with_spaces(line):
    """line cut into runs of non-space characters each followed by its spaces."""
    parts, current, in_space = [], '', False
    for c in line:
        if c.isspace():
            in_space = True
        elif in_space:
            parts.append(current)
            current, in_space = '', False
        current += c
    if current:
        parts.append(current)
    return parts


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Prints object formatted by a PrettyPrinter, then a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """object formatted by a PrettyPrinter."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() keeping dicts in insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that survives recursive structures (dicts sorted)."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]
