# dataclasses: generated __init__/__repr__/__eq__/order/hash/frozen, fields, asdict, astuple, replace.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
import dataclasses
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, repr(p), p.norm2(), Point(1), Point(y=5, x=2))
print(p == Point(3, 4), p == Point(4, 3), p != Point(3, 4), p == (3, 4), Point.__hash__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(p)[1].default)
print(asdict(p), astuple(p), replace(p, y=10), p.__match_args__, is_dataclass(p), is_dataclass(Point), is_dataclass(1))
for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False, repr=False)


vs = [Version(1, 2), Version(1, 0, 'rc'), Version(0, 9), Version(1, 2, 'x')]
print(sorted(vs), max(vs), Version(1, 2) == Version(1, 2, 'y'), Version(1) < Version(1, 1), Version(2) >= Version(1, 5))
print(hash(Version(1, 2)) == hash(Version(1, 2, 'zz')), len({Version(1), Version(1, 0), Version(2)}))
v = Version(3)
for act in [lambda: setattr(v, 'major', 4), lambda: delattr(v, 'minor'), lambda: setattr(v, 'new', 1)]:
    try:
        act()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    total: int = field(default=0, init=False)
    unit: ClassVar[str] = 'kg'

    def __post_init__(self):
        self.total = len(self.items)


a, b = Inventory('a'), Inventory('b', ['x', 'y'])
a.items.append('q')
print(a, b, Inventory('c').items, Inventory.unit, [f.name for f in fields(Inventory)])
print(asdict(b), astuple(b))
try:
    replace(b, total=3)
except ValueError as e:
    print('ValueError:', e)
print(replace(b, name='z'))


@dataclass
class Line:
    start: Point
    end: Point
    tags: tuple = ()


ln = Line(Point(0, 0), Point(1, 1), ('a', 'b'))
print(ln, asdict(ln), astuple(ln))
d = asdict(ln)
d['start']['x'] = 99
print(ln.start.x)


@dataclass(eq=False)
class Ident:
    v: int


i1 = Ident(1)
print(i1 == Ident(1), i1 == i1, hash(i1) == hash(i1))


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, [2]))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class WithKw:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 2
    c: int


print(WithKw(1, c=3), WithKw.__match_args__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n)

for src in ['bad_order', 'mutable', 'no_ann', 'order_no_eq', 'frozen_mix', 'both']:
    try:
        if src == 'bad_order':
            @dataclass
            class Bad:
                a: int = 1
                b: int
        elif src == 'mutable':
            @dataclass
            class Bad:
                a: list = []
        elif src == 'no_ann':
            @dataclass
            class Bad:
                a = field(default=1)
        elif src == 'order_no_eq':
            @dataclass(order=True, eq=False)
            class Bad:
                a: int
        elif src == 'frozen_mix':
            @dataclass
            class Bad(Version):
                c: int = 0
        else:
            field(default=1, default_factory=list)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    fields(5)
except TypeError as e:
    print('TypeError:', e)
try:
    asdict(Point)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Matched:
    kind: str
    size: int


for m in [Matched('box', 3), Matched('bag', 10)]:
    match m:
        case Matched('box', s):
            print('box of', s)
        case Matched(kind=k, size=s) if s > 5:
            print('big', k, s)
