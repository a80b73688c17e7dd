# Properties, __slots__, operator dunders with sum/sorted/max, __hash__/__eq__, sequence/iterator/container/call protocols, repr/str, class/static methods, super() and MRO, __init_subclass__ keywords.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
    @property
    def ro(self): return 1
p = P()
p.x = 5; t(lambda: p.x)
def f(): p.ro = 2
t(f)
def g(): del p.ro
t(g)
t(lambda: P.x.fget.__name__)
t(lambda: type(P.x).__name__)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
t(lambda: s.a)
t(lambda: s.b)
def h(): s.c = 3
t(h)
t(lambda: hasattr(s, '__dict__'))
t(lambda: S.__slots__)
class S2(S):
    __slots__ = 'c'
s2 = S2(); s2.c = 4; s2.a = 5
t(lambda: (s2.a, s2.c))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __repr__(self): return f'Num({self.v})'
    def __eq__(self, o): return isinstance(o, Num) and o.v == self.v
    def __lt__(self, o): return self.v < o.v
    def __neg__(self): return Num(-self.v)
    def __bool__(self): return self.v != 0
    def __index__(self): return self.v
t(lambda: Num(1) + 2)
t(lambda: 2 + Num(1))
t(lambda: sum([Num(1), Num(2)]))
t(lambda: sorted([Num(3), Num(1)]))
t(lambda: max(Num(3), Num(1)))
t(lambda: Num(1) > Num(0))
t(lambda: Num(1) <= Num(0))
t(lambda: hash(Num(1)))
t(lambda: -Num(3))
t(lambda: [1,2,3][Num(1)])
t(lambda: bin(Num(5)))
t(lambda: not Num(0))
t(lambda: Num(1) != Num(1))
t(lambda: Num(1) - 1)
t(lambda: Num(1) * 1)
class H:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
    def __hash__(self): return hash(self.k)
t(lambda: len({H(1), H(1), H(2)}))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
t(lambda: list(Seq()))
t(lambda: 20 in Seq())
t(lambda: list(reversed(Seq())))
class Seq2:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
t(lambda: list(reversed(Seq2())))
t(lambda: len(Seq2()))
class BadLen:
    def __len__(self): return -1
t(lambda: len(BadLen()))
class BadLen2:
    def __len__(self): return 'x'
t(lambda: len(BadLen2()))
t(lambda: bool(BadLen()))
class Cont:
    def __contains__(self, x): return x == 1
t(lambda: (1 in Cont(), 2 in Cont(), 2 not in Cont()))
class Call:
    def __call__(self, *a, **k): return (a, k)
t(lambda: Call()(1, b=2))
t(lambda: callable(Call()))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
t(lambda: list(It()))
t(lambda: dict(zip(It(), 'abc')))
class R:
    def __repr__(self): return 'R()'
t(lambda: (str(R()), repr([R()]), f'{R()}', f'{R()!r}', '%s' % R()))
class Str:
    def __str__(self): return 'S!'
t(lambda: (str(Str()), repr(Str())[:10], f'{Str()}'))
class BadRepr:
    def __repr__(self): return 5
t(lambda: repr(BadRepr()))
class Cm:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls
    @staticmethod
    def st(x): return x * 2
class Cm2(Cm): pass
t(lambda: (Cm2.make().__name__, Cm2.count, Cm.count, Cm.st(2), Cm().st(3)))
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
t(lambda: D().who())
t(lambda: [k.__name__ for k in D.__mro__])
t(lambda: D.mro() == list(D.__mro__))
def bad():
    class X(A, B): pass
t(bad)
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class K1(Base, tag='one'): pass
class K2(K1): pass
t(lambda: Base.subs)
def bad2():
    class K3(Base, nope=1): pass
t(bad2)
class E:
    def __eq__(self, o): return True
t(lambda: E.__hash__)
t(lambda: hash(E()))
class Ord:
    def __lt__(self, o): return NotImplemented
t(lambda: Ord() < Ord())
t(lambda: Ord() < 1)
t(lambda: 1 + object())
t(lambda: [] + ())
t(lambda: 'a' * 'b')
t(lambda: -'a')
t(lambda: ~1.5)
