# dataclasses: InitVar, __post_init__, make_dataclass, inheritance, abc interplay, defaults.
import dataclasses
from dataclasses import dataclass, field, InitVar, make_dataclass, fields, asdict, replace
from abc import ABC, abstractmethod
from collections import namedtuple


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    rate: InitVar[float] = 0.05
    history: list = field(default_factory=list, repr=False)

    def __post_init__(self, rate):
        self.balance = round(self.balance * (1 + rate), 2)


a = Account('ann', 100.0)
print(a, Account('bob', 10, 0.5), [f.name for f in fields(a)], a.history)
print(replace(a, owner='cy', rate=0.0), asdict(a))
try:
    replace(Account('x'), owner='y')
except ValueError as e:
    print('ValueError:', e)

Pair = make_dataclass('Pair', [('left', int), ('right', int, field(default=5))], frozen=True)
p = Pair(1)
print(p, p == Pair(1, 5), hash(p) == hash(Pair(1, 5)), Pair.__name__)
Simple = make_dataclass('Simple', ['a', 'b'])
print(Simple(1, 2), Simple.__annotations__)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


@dataclass
class Rect(Shape):
    w: float
    h: float

    def area(self):
        return self.w * self.h


print(Rect(2, 3), Rect(2, 3).area(), isinstance(Rect(1, 1), Shape))


@dataclass
class Half(Shape):
    x: int


try:
    Half(1)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class A:
    a: int = 1


@dataclass
class B(A):
    b: int = 2


@dataclass
class C(B):
    a: int = 10
    c: list = field(default_factory=lambda: [1, 2])


print(C(), C(0, 1, [3]), [f.name for f in fields(C)], C.__match_args__, C.a, B.b)
try:
    @dataclass
    class D(A):
        d: int
except TypeError as e:
    print('TypeError:', e)

Pt = namedtuple('Pt', 'x y')


@dataclass
class Holder:
    items: dict
    pts: list
    pair: tuple


h = Holder({'k': A(3)}, [Pt(1, 2), A()], (A(4), 'z'))
print(asdict(h), dataclasses.astuple(h))
print(asdict(h, dict_factory=lambda kv: sorted(kv)))


@dataclass(repr=False, eq=False, init=False)
class Bare:
    x: int = 7


b = Bare()
print(b.x, '__repr__' in Bare.__dict__, '__eq__' in Bare.__dict__, '__init__' in Bare.__dict__, dataclasses.is_dataclass(Bare))


@dataclass(frozen=True)
class Frozen:
    v: int
    w: list = field(default_factory=list, compare=False)


f = Frozen(1)
f.w.append(1)
print(f, hash(f) == hash(Frozen(1)), {Frozen(1): 'x'}[Frozen(1, [9])])
try:
    f.v = 2
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)


@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


print(sorted([Card(3, 's'), Card(1, 'h'), Card(2, 'd')]), Card(1, 'a') == Card(1, 'b'))
try:
    Card(1, 'a') < 3
except TypeError as e:
    print('TypeError:', e)
