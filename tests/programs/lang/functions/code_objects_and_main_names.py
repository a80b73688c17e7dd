# Code objects of functions and generators (co_* attributes), sys.exception(),
# BaseException.add_note, and the names __main__ starts with (__file__ absolute).
import sys
def f(a, b=2, *args, c, d=4, **kw):
    x = a + b
    return x
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames[:4], co.co_firstlineno, co.co_filename == __file__)
def g(p, /, q):
    yield p
gen = g(1, 2)
print(g.__code__.co_posonlyargcount, gen.gi_code.co_name, gen.gi_running, type(co).__name__, (lambda: 0).__code__.co_name)
print(compile("x = 1", "src.py", "exec").co_filename)
try:
    raise ValueError("bad")
except ValueError:
    print(repr(sys.exception()))
print(sys.exception())
e = ValueError("v")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
async def co_fn():
    return 1
c = co_fn()
print(c.cr_running, c.cr_code.co_name)
c.close()

print(sorted(globals())[:9], __file__.startswith("/"), __package__, __spec__, type(__builtins__).__name__, __annotations__)
