"""tierpy's traceback: exceptions formatted as the interpreter prints them
(the frames an exception passed through, its chain, and its last line)."""

import sys as _sys
from _traceback import format as _format

_sentinel = object()


def _chunks(text):
    """The report split as CPython's format_exception splits it: the
    headers, each frame with its source lines, and the exception lines."""
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        else:
            out.append(line)
    return out


def _limited(chunks, limit):
    """The chunks with at most abs(limit) frames per traceback: the first
    ones for a limit >= 0, the last ones for a negative limit."""
    if limit is None:
        limit = getattr(_sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return chunks
    out, frames = [], []

    def flush():
        out.extend(frames[:limit] if limit >= 0 else frames[limit:])
        frames.clear()

    for c in chunks:
        if c.startswith('  File '):
            frames.append(c)
            continue
        flush()
        if c.startswith('Traceback ') and limit == 0:
            continue
        out.append(c)
    flush()
    return out


def _value(exc, value):
    if value is _sentinel:
        return exc
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines (ending in newlines) that print_exception would write."""
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _limited(_chunks(_report(value, chain)), limit)


_CHAIN_SEPARATORS = (
    '\nThe above exception was the direct cause of the following exception:\n\n',
    '\nDuring handling of the above exception, another exception occurred:\n\n',
)


def _report(value, chain):
    """The interpreter's report of `value`, with or without the exceptions
    it was raised from or while handling."""
    text = _format(value)
    if not chain:
        for sep in _CHAIN_SEPARATORS:
            text = text.rsplit(sep, 1)[-1]
    return text


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of the report: the exception's type and message."""
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    lines = _chunks(_format(value))
    start = len(lines)
    while start > 0 and not lines[start - 1].startswith('  File '):
        start -= 1
    return lines[start:] if start else lines[-1:]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Writes the report of an exception to `file` (default sys.stderr)."""
    if file is None:
        file = _sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(format_exception(_sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Writes the report of the exception being handled."""
    print_exception(_sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Writes the report of sys.last_value."""
    print_exception(_sys.last_value, limit=limit, file=file, chain=chain)
