"""tierpy's os: names, the environment, the working directory and
directory listings (no file creation or removal: tierpy has no file objects).
os.path is posixpath."""

import _os
import posixpath as path

name = 'posix'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'



class _Environ(dict):
    """The environment variables (a snapshot taken at import; changing it
    does not change the process environment)."""


environ = _Environ(_os.environ())


def getenv(key, default=None):
    """The environment variable key, or default."""
    return environ.get(key, default)


def getcwd():
    """The working directory."""
    return _os.getcwd()


def getpid():
    """The process id."""
    return _os.getpid()


def cpu_count():
    """The number of processors, or None."""
    return _os.cpu_count()


def listdir(path='.'):
    """The names of the entries in a directory."""
    return _os.listdir(path)


def remove(path):
    """Deletes a file."""
    _os.remove(fspath(path))


unlink = remove


def fspath(path):
    """The str or bytes a path-like object stands for."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__)
    return method(path)


def strerror(code):
    """The message of an errno value."""
    messages = {1: 'Operation not permitted', 2: 'No such file or directory', 13: 'Permission denied',
                17: 'File exists', 20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument'}
    return messages.get(code, 'Unknown error %d' % code)


error = OSError
