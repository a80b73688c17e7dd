# Tracebacks walked by hand: tb_next from the outermost frame in, tb_lineno
# at each, with_traceback() and __traceback__ assignment.
import sys
def f(n):
    if n == 0:
        return 1 // n
    return f(n - 1) + 1
def walk(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
try:
    f(3)
except ZeroDivisionError as e:
    print(walk(e.__traceback__))
    print(walk(sys.exc_info()[2]))
    tb = e.__traceback__
    e2 = ValueError("x").with_traceback(tb.tb_next)
    print(walk(e2.__traceback__))
def g():
    try:
        f(1)
    except ZeroDivisionError as e:
        inner = e.__traceback__
        print("inner", walk(inner))
        raise
try:
    g()
except ZeroDivisionError as e:
    print("outer", walk(e.__traceback__))

try:
    raise ValueError("a").with_traceback(None)
except ValueError as e:
    print(e.__traceback__ is not None, e.__traceback__.tb_next)
try:
    ValueError().with_traceback(5)
except TypeError as e:
    print("TypeError:", e)
try:
    ValueError().with_traceback()
except TypeError as e:
    print("TypeError:", e)
