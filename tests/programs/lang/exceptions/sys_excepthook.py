# sys.excepthook prints an exception's report (with its cause chain) to sys.stderr;
# captured here by swapping sys.stderr for a StringIO.
import io
import sys


class Failure(Exception):
    pass


def report(exc):
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    # Keep the lines that do not depend on file paths.
    for line in text.splitlines():
        if not line.startswith("  File "):
            print("|", line)


try:
    raise Failure("first")
except Failure as e:
    report(e)

base = Failure("root cause")
try:
    raise ValueError("wrapped") from base
except ValueError as e:
    report(e)

try:
    try:
        raise KeyError("missing")
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    report(e)

print(sys.excepthook is sys.__excepthook__, callable(sys.excepthook))
