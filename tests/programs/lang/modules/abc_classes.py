# abc: abstract methods block instantiation until overridden; register() and isinstance.
from abc import ABC, ABCMeta, abstractmethod
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s area=%s perimeter=%s' % (type(self).__name__, self.area(), self.perimeter())


class HalfSquare(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Square(HalfSquare):
    def perimeter(self):
        return 4 * self.side


for cls in (Shape, HalfSquare):
    try:
        cls(2)
    except TypeError as e:
        print('TypeError:', e)
print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfSquare.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


try:
    Base()
except TypeError as e:
    print('TypeError:', e)


class Impl(Base):
    name = 'impl'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


print(Impl.make().name, Impl.helper(), type(Base).__name__, type(Impl).__name__)


class Sized2(ABC):
    @abstractmethod
    def __len__(self):
        return 0


class MyList(list):
    pass


Sized2.register(MyList)
print(isinstance(MyList(), Sized2), issubclass(MyList, Sized2), isinstance([], Sized2))
Sized2.register(tuple)
print(isinstance((1, 2), Sized2), issubclass(tuple, Sized2), isinstance('s', Sized2))


class Plain(ABC):
    def hello(self):
        return 'hello'


print(Plain().hello(), Plain.__abstractmethods__ == frozenset())


class WithNew(ABC):
    def __new__(cls, *args):
        return super().__new__(cls)

    @abstractmethod
    def go(self):
        ...


try:
    WithNew()
except TypeError as e:
    print('TypeError:', e)


def f():
    pass


print(abstractmethod(f) is f, f.__isabstractmethod__, abc.ABC.__name__)


class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return any('quack' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Duck:
    def quack(self):
        return 'quack'


print(isinstance(Duck(), Hooked), isinstance(1, Hooked), issubclass(Duck, Hooked))
