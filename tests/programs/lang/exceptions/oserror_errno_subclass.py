# OSError(errno, strerror) makes the subclass for the errno.
import errno

for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EPIPE,
             errno.ECONNREFUSED, errno.ECONNRESET, errno.ETIMEDOUT, 9999):
    e = OSError(code, "message")
    print(code, type(e).__name__, e, e.errno, e.strerror, isinstance(e, OSError))

print(type(OSError(errno.ENOENT)).__name__, type(OSError("text", "more")).__name__)
print(type(FileNotFoundError(errno.EACCES, "x")).__name__)


class Mine(OSError):
    pass


print(type(Mine(errno.ENOENT, "x")).__name__)
try:
    raise OSError(errno.ENOENT, "No such file or directory", "missing.txt")
except FileNotFoundError as e:
    print("caught", type(e).__name__, e, e.filename)

# With a filename the args keep only errno and strerror.
for args in ((2, "gone", "a.txt"), (2, "gone", "a.txt", None, "b.txt"), (2, "gone", None), (1, 2, 3, 4, 5, 6)):
    e = OSError(*args)
    print(type(e).__name__, repr(e), "|", e, "|", e.args, e.filename, e.filename2)


class Wrapped(OSError):
    def __init__(self, *args):
        super().__init__(*args)


w = Wrapped(13, "denied", "secret")
print(w.args, w.filename, w)
