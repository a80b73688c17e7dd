# Generator send/throw/close (including into yield from), StopIteration values, closures and late binding, comprehension scoping.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def gen():
    x = yield 1
    print('got', x)
    try:
        y = yield 2
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('fin')
g = gen()
t(lambda: next(g))
t(lambda: g.send('hi'))
t(lambda: g.throw(ValueError('boom')))
t(lambda: g.close())
t(lambda: next(g))
g2 = gen()
t(lambda: g2.send(5))
g3 = gen(); next(g3)
t(lambda: g3.throw(KeyError, 'k'))
def sub():
    r = yield 'a'
    yield r
    return 'ret'
def outer():
    v = yield from sub()
    yield ('v', v)
o = outer()
t(lambda: next(o)); t(lambda: o.send('S')); t(lambda: next(o)); t(lambda: next(o))
def retgen():
    return 5
    yield
try:
    next(retgen())
except StopIteration as e:
    print('stop', e.value, e.args)
def closing():
    try:
        yield 1
    except GeneratorExit:
        print('exit')
        raise
c = closing(); next(c); c.close(); c.close()
def badclose():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = badclose(); next(b)
t(lambda: b.close())
def raiser():
    yield 1
    raise StopIteration
t(lambda: list(raiser()))
gg = (x*x for x in range(3))
t(lambda: (gg.__name__, list(gg), list(gg)))
t(lambda: type(gg).__name__)
def running():
    yield rg.send(None)
rg = running()
t(lambda: next(rg))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
i = counter(); i(); t(lambda: i())
t(lambda: i.__closure__[0].cell_contents)
fs = [lambda: k for k in range(3)]
t(lambda: [f() for f in fs])
fs = [lambda k=k: k for k in range(3)]
t(lambda: [f() for f in fs])
t(lambda: [(x, y) for x in range(3) if x for y in range(x)])
t(lambda: {x: x*x for x in range(4) if x % 2})
t(lambda: {x % 3 for x in range(10)})
t(lambda: [[y for y in range(x)] for x in range(3)])
x = 'outer'
t(lambda: [x for x in 'ab'])
t(lambda: x)
t(lambda: list(zip(*[(1, 'a'), (2, 'b')])))
t(lambda: sum(x for x in range(5)))
def g4():
    yield from [1, 2]
    yield from range(3, 5)
    yield from 'ab'
t(lambda: list(g4()))
def g5():
    try:
        yield
    finally:
        return 'x'
gg5 = g5(); next(gg5)
t(lambda: gg5.throw(ValueError))
def g6():
    yield 1
gg6 = g6()
t(lambda: gg6.throw(ValueError('early')))
t(lambda: next(gg6))
t(lambda: g6().send(1))
def deleg():
    yield from gen()
d = deleg(); next(d); d.send(1)
t(lambda: d.throw(ValueError('via')))
t(lambda: d.close())
