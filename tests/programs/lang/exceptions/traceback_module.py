# The traceback module formats caught exceptions as the interpreter prints
# uncaught ones (file names are cut off below, they depend on the run, and so
# are the lines of carets under the failing expressions).
import sys
import traceback


def clean(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            line = "  File <here>" + line.split('"', 2)[2]
        if line.strip(" ^~"):
            out.append(line)
    return "\n".join(out)


def inner(n):
    return 10 // n


def outer(n):
    return inner(n) + 1


try:
    outer(0)
except ZeroDivisionError:
    print(clean(traceback.format_exc()))
    print(clean(traceback.format_exc()).count("\n"), "lines")

try:
    try:
        outer(0)
    except ZeroDivisionError as e:
        raise KeyError("lookup") from e
except KeyError as e:
    print(clean("".join(traceback.format_exception(e))))
    print("--- without chain")
    print(clean("".join(traceback.format_exception(e, chain=False))))
    print("--- only")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))

try:
    outer(0)
except ZeroDivisionError as e:
    for limit in (None, 2, 1, 0, -1):
        lines = traceback.format_exception(type(e), e, e.__traceback__, limit=limit)
        print(limit, [clean(x) for x in lines])

print(traceback.format_exc())


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
try:
    raise ValueError("to a file")
except ValueError:
    traceback.print_exc(file=sink)
print(clean("".join(sink.parts)))
try:
    {}["k"]
except KeyError:
    traceback.print_exc(file=sink)
print(clean("".join(sink.parts)))
print(traceback.format_exception_only(sys.exception()) if sys.exception() else "none handled")
