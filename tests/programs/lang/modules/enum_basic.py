# enum: members, auto(), lookup by value and name, iteration, reprs, IntEnum, StrEnum, errors.
from enum import Enum, IntEnum, StrEnum, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return '%s is %d' % (self.name, self.value)


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(Color(2), Color['BLUE'], list(Color), len(Color), Color, Color.GREEN.describe())
print(Color.RED in Color, Color.RED is Color(1), Color.RED == 1, Color.RED == Color.RED, isinstance(Color.RED, Color))
print(f'{Color.RED}', '{:>12}|'.format(Color.BLUE), str(Color.GREEN), [c.value for c in reversed(Color)])
print(sorted(Color.__members__), {Color.RED: 'r'}[Color.RED], hash(Color.RED) == hash(Color.RED))
for bad in [lambda: Color(7), lambda: Color['PINK'], lambda: 1 in Color, lambda: setattr(Color, 'RED', 5),
            lambda: Color.RED < Color.BLUE]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    LINE = auto()
    ALIAS = 1


print(list(Shape), Shape.ALIAS, Shape.ALIAS is Shape.SQUARE, Shape(11), list(Shape.__members__))


class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(Prio.LOW, repr(Prio.HIGH), Prio.MID + 1, Prio.HIGH > Prio.LOW, Prio(2), sorted([Prio.HIGH, Prio.LOW]))
print(Prio.MID == 2, isinstance(Prio.MID, int), f'{Prio.HIGH:03d}', int(Prio.HIGH), [p * 10 for p in Prio])
print({1: 'one'}[Prio.LOW], Prio.LOW.name, Prio.LOW.value, type(Prio.LOW.value).__name__)


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(Mode.READ, repr(Mode.READ), Mode.WRITE == 'w', Mode('read'), Mode.WRITE.upper(), f'[{Mode.WRITE}]')


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.mass, Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Lenient(Enum):
    A = 'a'
    B = 'b'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls(value.lower())
        return None


print(Lenient('A'), Lenient('b'))
try:
    Lenient(3)
except ValueError as e:
    print('ValueError:', e)


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    ALPHA = auto()
    BETA = auto()


print([m.value for m in Named], Named.ALPHA)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)

try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Sub(Base):
    X = 1


print(Sub.X.hello(), enum.Enum, isinstance(Sub.X, Base), type(Color).__name__)
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
