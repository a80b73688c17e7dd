# gi_yieldfrom / cr_await: the iterator a suspended generator delegates to.
it = iter([1, 2, 3, 4])
def a():
    yield from it
g = a()
print(g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom is it)
print(list(g), g.gi_yieldfrom)
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield 3
g = outer()
print([ (v, type(g.gi_yieldfrom).__name__) for v in g ])

async def c():
    return 1
co = c()
print(co.cr_await)
co.close()
