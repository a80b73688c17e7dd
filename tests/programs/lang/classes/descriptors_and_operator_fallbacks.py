# __ne__ from __eq__, reflected operators of subclasses, += without __iadd__, __getitem__ keys, descriptors and __set_name__, properties whose getter raises AttributeError falling back to __getattr__, with, __format__, metaclass dunders, __new__/__init__ results.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, 'v', o)
t(lambda: (V(1) != V(1), V(1) != V(2), V(1) == 1, 1 == V(1), 1 != V(1)))
class Base:
    def __add__(self, o): return 'base add'
    def __radd__(self, o): return 'base radd'
class Sub(Base):
    def __radd__(self, o): return 'sub radd'
t(lambda: Base() + Sub())
class Acc:
    def __init__(self): self.items = []
    def __add__(self, o): n = Acc(); n.items = self.items + [o]; return n
a = Acc(); b = a; a += 1; t(lambda: (a is b, a.items, b.items))
class IAcc:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
a = IAcc(); b = a; a += 1; t(lambda: (a is b, a.items))
class NoIadd:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fallback'
x = NoIadd(); x += 1; t(lambda: x)
class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return ('get', k)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): self.d.pop(k)
m = M()
t(lambda: m[1:2])
t(lambda: m[1:2, ::3])
t(lambda: m[...])
m['a'] = 1; m['b'] = 'z'; t(lambda: m.d)
del m['a']; t(lambda: m.d)
class B2:
    def __bool__(self): return 1
t(lambda: bool(B2()))
class NH:
    __hash__ = None
t(lambda: hash(NH()))
t(lambda: {NH()})
class CG:
    def __class_getitem__(cls, item): return ('cg', item)
t(lambda: CG[int])
t(lambda: list[int])
class D:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 'unset') 
    def __set__(self, obj, v): obj.__dict__[self.name] = v * 10
class U:
    f = D()
u = U(); t(lambda: u.f); u.f = 2; t(lambda: (u.f, U.f.name))
class P:
    def __init__(self): self._v = 1
    def _get(self): return self._v
    def _del(self): print('deleting'); del self._v
    v = property(_get, None, _del, 'the v')
p = P(); del p.v; t(lambda: p.v)
t(lambda: P.v.__doc__)
t(lambda: setattr(p, 'v', 1))
class Q:
    @property
    def x(self): raise AttributeError('inner')
    def __getattr__(self, n): return 'getattr ' + n
t(lambda: Q().x)
class Ctx:
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True
def wc():
    with Ctx() as v:
        print(v)
        raise ValueError
    return 'after'
t(wc)
class LenOnly:
    def __len__(self): return 0
t(lambda: bool(LenOnly()))
class Rich:
    def __lt__(self, o): return 'lt-result'
    def __gt__(self, o): return 'gt-result'
t(lambda: (Rich() < 1, 1 < Rich(), 1 > Rich()))
t(lambda: sorted([Rich(), Rich()]) is not None)
class Fmt:
    def __format__(self, spec): return 'F[' + spec + ']'
t(lambda: (format(Fmt(), 'x'), f'{Fmt():>5}', '{:abc}'.format(Fmt())))
t(lambda: format(object(), 'x'))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'C{self.v}'
t(lambda: sorted([Cmp(2), Cmp(1)]))
t(lambda: max([Cmp(2), Cmp(3)]))
t(lambda: min(Cmp(2), Cmp(3)))
t(lambda: Cmp(1) > Cmp(2))
t(lambda: Cmp(1) <= Cmp(2))
class Meta(type):
    def __repr__(cls): return f'<meta {cls.__name__}>'
    def __len__(cls): return 99
class WithMeta(metaclass=Meta): pass
t(lambda: (repr(WithMeta), len(WithMeta), type(WithMeta).__name__))
class Parent:
    def __init__(self, a): self.a = a
class Child(Parent):
    def __init__(self, a, b):
        super().__init__(a); self.b = b
c = Child(1, 2); t(lambda: (c.a, c.b))
t(lambda: super(Child, c).__init__.__qualname__)
class St:
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
t(lambda: (St.s(), St().s(), St.c(), St().c(), type(St.__dict__['s']).__name__))
t(lambda: St.__dict__['c'].__func__.__name__)
class Ab:
    def __init__(self): raise TypeError('no init')
t(lambda: Ab())
class New:
    def __new__(cls, *a):
        print('new', a)
        return super().__new__(cls)
    def __init__(self, x): self.x = x
t(lambda: New(5).x)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
t(lambda: Singleton() is Singleton())
class RetOther:
    def __new__(cls): return 5
    def __init__(self): print('never')
t(lambda: RetOther())
class InitRet:
    def __init__(self): return 5
t(lambda: InitRet())
