"""tierpy's posixpath (os.path): path names as strings, POSIX rules."""

import _os

__all__ = ['join', 'split', 'splitext', 'basename', 'dirname', 'exists', 'isfile', 'isdir', 'isabs', 'abspath',
           'normpath', 'relpath', 'expanduser', 'commonprefix', 'commonpath', 'splitdrive', 'lexists', 'realpath']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _check(name, *paths):
    for p in paths:
        if not isinstance(p, str):
            raise TypeError(f"{name}() argument must be str, bytes, or os.PathLike object, not '{type(p).__name__}'")


def isabs(s):
    """Whether the path starts at the root."""
    _check('isabs', s)
    return s.startswith('/')


def join(a, *p):
    """The paths joined with '/'; an absolute component restarts the path."""
    _check('join', a, *p)
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """(head, tail): tail is everything after the last '/'."""
    _check('split', p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows it in the last component."""
    _check('splitext', p)
    sep_index = p.rfind('/')
    dot = p.rfind('.')
    if dot > sep_index:
        start = sep_index + 1
        while start < dot:
            if p[start] != '.':
                return p[:dot], p[dot:]
            start += 1
    return p, p[:0]


def splitdrive(p):
    return p[:0], p


def basename(p):
    """The final component of the path."""
    return split(p)[1]


def dirname(p):
    """Everything but the final component."""
    return split(p)[0]


def exists(path):
    """Whether something is at path."""
    return isinstance(path, str) and _os.path_kind(path) != 0


lexists = exists


def isfile(path):
    """Whether path names a regular file."""
    return isinstance(path, str) and _os.path_kind(path) == 1


def isdir(s):
    """Whether the path names a directory."""
    return isinstance(s, str) and _os.path_kind(s) == 2


def normpath(path):
    """The path with redundant separators and '.'/'..' components removed."""
    _check('normpath', path)
    if path == '':
        return '.'
    initial = 1 if path.startswith('/') else 0
    if initial and path.startswith('//') and not path.startswith('///'):
        initial = 2
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = '/'.join(parts)
    if initial:
        path = '/' * initial + path
    return path or '.'


def abspath(path):
    """The absolute, normalized form of path."""
    _check('abspath', path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    """path relative to start (the working directory by default)."""
    if not path:
        raise ValueError('no path specified')
    start = curdir if start is None else start
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    return join(*rel) if rel else curdir


def expanduser(path):
    """path with a leading ~ replaced by the home directory."""
    _check('expanduser', path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _os.environ().get('HOME', '/')
    return (home.rstrip('/') or '/') + path[i:]


def commonprefix(m):
    """The longest common leading part (compared item by item) of the paths."""
    if not m:
        return ''
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {p.startswith('/') for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    common = commonprefix(split_paths)
    return ('/' if absolute.pop() else '') + '/'.join(common)
