# co_consts (docstring or None first, then loaded constants once each), co_flags,
# and gi_yieldfrom of generators suspended in (or done with) yield from.
def f(x, y, *args, power=1, **kwargs):
    "doc"
    print("Constant String", 2, None, (2, 4), 2.5, "Constant String")
    def inner():
        return x
    return inner
def g():
    yield 1
async def h():
    pass
class K:
    def m(self):
        return 3
print(f.__code__.co_consts[:6])
print(f.__code__.co_flags, g.__code__.co_flags, h.__code__.co_flags, K.m.__code__.co_flags, f(1, 2).__code__.co_flags)
print(g.__code__.co_consts, K.m.__code__.co_consts, (lambda: 0).__code__.co_consts)
gen = g()
print(gen.gi_yieldfrom)
def outer():
    yield from inner_gen()
def inner_gen():
    yield 5
    yield 6
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
list(o)
print(o.gi_yieldfrom)
