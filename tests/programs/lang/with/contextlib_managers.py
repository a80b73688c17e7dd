# contextlib: @contextmanager (as a with target and as a decorator), suppress,
# closing, nullcontext, redirect_stdout (print follows sys.stdout) and ExitStack.
import contextlib
import io
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack


@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")


with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2


print(decorated(21))
print(decorated.__name__)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)


class Res:
    def close(self):
        print("closed")


with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print("null", n)

buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden line")
    print("second", 2)
print("captured:", repr(buf.getvalue()))

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("in-stack"))
    print("stack body")

with ExitStack() as stack:
    stack.push(suppress(ValueError))
    raise ValueError("suppressed by the stack")
print("after stack")

stack = ExitStack()
stack.callback(print, "deferred")
moved = stack.pop_all()
stack.close()
print("moved")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(nullcontext(), contextlib.AbstractContextManager))
