# Every builtin exception class exists, with CPython's bases.
names = ["BlockingIOError", "ChildProcessError", "ConnectionAbortedError", "InterruptedError",
         "ProcessLookupError", "UnicodeTranslateError", "EncodingWarning", "ConnectionResetError",
         "FileNotFoundError", "TimeoutError", "RecursionError", "UnicodeDecodeError"]
for n in names:
    c = eval(n)
    print(n, [b.__name__ for b in c.__mro__])
for c in (BlockingIOError, ChildProcessError, InterruptedError, ProcessLookupError):
    try:
        raise c("boom")
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, Exception))
try:
    raise ConnectionAbortedError
except ConnectionError as e:
    print("caught", type(e).__name__)
try:
    raise EncodingWarning("w")
except Warning as e:
    print("warning", repr(e))
