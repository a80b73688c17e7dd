# enum: the functional API, copying members, enums in dataclasses and dicts.
import copy
from dataclasses import dataclass, asdict
from enum import Enum, IntEnum, StrEnum

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3), Animal['ANT'], Animal)
Sizes = Enum('Sizes', 'S, M, L', start=10)
print([s.value for s in Sizes])
Pairs = Enum('Pairs', [('ONE', 1), ('TWO', 2)])
Mapped = IntEnum('Mapped', {'X': 5, 'Y': 6})
print(list(Pairs), Mapped.Y + 1, repr(Mapped.X), str(Mapped.X))
Words = StrEnum('Words', ['HELLO', 'WORLD'])
print(list(Words), Words.HELLO == 'hello')
print(copy.copy(Animal.CAT) is Animal.CAT, copy.deepcopy([Animal.ANT])[0] is Animal.ANT)


@dataclass
class Pet:
    name: str
    kind: Animal = Animal.CAT


p = Pet('tom')
print(p, asdict(p), asdict(p)['kind'] is Animal.CAT)
counts = {}
for a in [Animal.ANT, Animal.BEE, Animal.ANT]:
    counts[a] = counts.get(a, 0) + 1
print(counts, sorted(counts, key=lambda a: a.value, reverse=True))
print(Animal.ANT.__class__ is Animal, type(Animal).__name__, Animal.__members__['BEE'])
