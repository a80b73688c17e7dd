"""tierpy's warnings: warn, the filters (filterwarnings, simplefilter,
resetwarnings), catch_warnings and showwarning/formatwarning. tierpy knows
no caller frames here, so a warning names the script and line 1; filter
messages match as case-insensitive prefixes (no regular expressions)."""

import sys as _sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings', 'WarningMessage']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

filters = []
_onceregistry = {}
_filters_version = [0]


def _default_filters():
    return [('default', None, DeprecationWarning, '__main__', 0), ('ignore', None, DeprecationWarning, None, 0),
            ('ignore', None, PendingDeprecationWarning, None, 0), ('ignore', None, ImportWarning, None, 0),
            ('ignore', None, ResourceWarning, None, 0)]


filters.extend(_default_filters())


class WarningMessage:
    """One recorded warning: message, category, filename, lineno, file, line, source."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes."""
    text = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line:
        text += '  %s\n' % line.strip()
    return text


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default)."""
    if file is None:
        file = _sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def _add_filter(item, append):
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version[0] += 1


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter: action for warnings whose text starts with message."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add_filter((action, message.lower() or None, category, module or None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every warning of category."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter."""
    filters[:] = []
    _filters_version[0] += 1


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or text.lower().startswith(msg)) and issubclass(category, cat)
                and (mod is None or mod == module) and (ln == 0 or ln == lineno)):
            return action
    return 'default'


_shown = set()


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    """Issues a warning for an explicit location."""
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    if module is None:
        module = filename[:-3] if filename.endswith('.py') else filename
    action = _action_for(text, category, module, lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    key = (text, category, lineno)
    if action == 'once':
        if (text, category) in _onceregistry:
            return
        _onceregistry[(text, category)] = 1
    elif action == 'module':
        if (text, category, 0, filename) in _shown:
            return
        _shown.add((text, category, 0, filename))
    elif action == 'default':
        if key + (filename,) in _shown:
            return
        _shown.add(key + (filename,))
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    _showwarnmsg(msg)


def _showwarnmsg(msg):
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning (UserWarning unless category says otherwise)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass, not %r' % (type(category).__name__,))
    filename = _sys.argv[0] if _sys.argv and _sys.argv[0] else '<string>'
    warn_explicit(message, category, filename, 1, '__main__', source=source)


class catch_warnings:
    """Saves the filters on entry and restores them on exit; with
    record=True, warnings are collected in the list __enter__ returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarnmsg = _showwarnmsg_holder[0]
        self._shown = set(_shown)
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _set_showwarnmsg(log.append)
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        filters[:] = self._filters
        _shown.clear()
        _shown.update(self._shown)
        _set_showwarnmsg(self._showwarnmsg)


_showwarnmsg_holder = [_showwarnmsg]


def _set_showwarnmsg(func):
    global _showwarnmsg
    _showwarnmsg_holder[0] = func
    _showwarnmsg = func
