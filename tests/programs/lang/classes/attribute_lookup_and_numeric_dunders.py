# getattr/hasattr/delattr/vars/dir on instances and classes, __getattr__/__getattribute__/__setattr__ hooks, type introspection, numeric dunders behind abs/round/divmod/pow/int/float, and builtins' TypeErrors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    cls_attr = 1
    def __init__(self): self.x = 1
    def m(self): pass
a = A()
t(lambda: vars(a))
t(lambda: sorted(k for k in vars(A) if not k.startswith('__')))
t(lambda: [n for n in dir(a) if not n.startswith('__')])
t(lambda: getattr(a, 'm').__name__)
t(lambda: getattr(A, 'nope'))
t(lambda: getattr(a, 'nope'))
t(lambda: delattr(a, 'nope'))
t(lambda: a.nope)
t(lambda: A().m(1))
t(lambda: A(1))
t(lambda: object(1))
t(lambda: int.nope)
t(lambda: (1).nope)
t(lambda: None.nope)
t(lambda: 'x'.nope)
t(lambda: [].nope)
class G:
    def __getattr__(self, n): return n.upper()
t(lambda: (G().foo, getattr(G(), 'bar'), hasattr(G(), 'x')))
class GA:
    def __getattribute__(self, n):
        if n == 'secret': raise AttributeError(n)
        return 42
t(lambda: (GA().anything, hasattr(GA(), 'secret')))
class SA:
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 2)
sa = SA(); sa.v = 3; t(lambda: sa.v)
t(lambda: issubclass(bool, (str, int)))
t(lambda: isinstance(True, bool))
t(lambda: isinstance(A, type))
t(lambda: isinstance(type, object))
t(lambda: issubclass(A, object))
t(lambda: type(a) is A)
t(lambda: type('N', (A,), {'y': 2})().y)
t(lambda: type(1, 2))
t(lambda: A.__name__ + A.__qualname__ + A.__module__)
t(lambda: A.m.__qualname__)
t(lambda: repr(A.m)[:15])
t(lambda: a.__class__.__name__)
t(lambda: a.__dict__)
t(lambda: A.__bases__)
t(lambda: int.__mro__)
t(lambda: bool.__bases__)
t(lambda: object.__bases__)
t(lambda: type(None)())
t(lambda: str(type(None)))
t(lambda: repr(int))
t(lambda: repr(A)[:20])
t(lambda: id(a) == id(a))
class Abs:
    def __abs__(self): return 'abs'
    def __round__(self, n=None): return ('round', n)
    def __divmod__(self, o): return 'dm'
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
t(lambda: (abs(Abs()), round(Abs()), round(Abs(), 2), divmod(Abs(), 1), pow(Abs(), 2), pow(Abs(), 2, 3)))
t(lambda: (int(Abs()), float(Abs()), hex(Abs()), range(10)[Abs()]))
class F2:
    def __float__(self): return 1
t(lambda: float(F2()))
class I2:
    def __int__(self): return 'x'
t(lambda: int(I2()))
t(lambda: round('x'))
t(lambda: abs('x'))
t(lambda: divmod('a', 1))
t(lambda: pow('a', 2))
t(lambda: int([]))
t(lambda: float([]))
t(lambda: int(None))
t(lambda: len(5))
t(lambda: iter(A()))
t(lambda: next(A()))
t(lambda: sorted(5))
t(lambda: min(5))
t(lambda: sum(5))
t(lambda: enumerate(5))
t(lambda: zip(5))
t(lambda: list(map(5, [1])))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: A()())
five = 5
t(lambda: five())
t(lambda: 'abc'.join([1]))
t(lambda: chr(-1))
t(lambda: ord('ab'))
t(lambda: isinstance(1, 1))
t(lambda: issubclass(int, 1))
t(lambda: vars())
t(lambda: super())
