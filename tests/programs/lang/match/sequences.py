# Sequence patterns: which subjects they accept, lengths, stars, nesting.


def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case [a, b, *rest]:
            return f"many: {a!r} {b!r} rest={rest!r}"
        case _:
            return "not a sequence"


for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(5), range(0),
          "", "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 7, None]:
    print(repr(v), "->", shape(v))
print("iterator ->", shape(iter([1, 2])))


# Star captures are always lists.
match (1, 2, 3):
    case (first, *middle, last):
        print(first, middle, last, type(middle).__name__)
match range(4):
    case [*all_]:
        print(all_)
match [1]:
    case [*before, x]:
        print(before, x)
match "abc":
    case [*chars]:
        print("str matched", chars)
    case str() as s:
        print("str is not a sequence here:", s)

# Star wildcards index instead of unpacking.
match [10, 20, 30, 40, 50]:
    case [a, *_, b]:
        print(a, b)
match (1, 2):
    case [_, *_, _]:
        print("two wildcards around a star wildcard")
match [1]:
    case [_, *_, _]:
        print("wrong")
    case [*_]:
        print("star wildcard alone")


class Tracking(list):
    def __getitem__(self, i):
        print("  getitem", i)
        return list.__getitem__(self, i)

    def __len__(self):
        print("  len")
        return list.__len__(self)


match Tracking([1, 2, 3, 4]):
    case [a, *_, b]:
        print("tracked", a, b)

# Nested sequences and mixed brackets.
match [(1, 2), [3, [4, 5]]]:
    case [(a, b), (c, [d, e])]:
        print(a, b, c, d, e)
match ((1,),):
    case [[x]]:
        print("nested one", x)

# Literals inside sequences.
for cmd in [["go", "north"], ["go", "west", "fast"], ["look"], ["quit"], ["drop", "a", "b", "c"], []]:
    match cmd:
        case ["go", direction]:
            print("going", direction)
        case ["go", direction, speed]:
            print("going", direction, speed)
        case ["look" | "quit" as verb]:
            print("verb", verb)
        case ["drop", *objs]:
            print("dropping", objs)
        case _:
            print("unknown", cmd)


# Subclasses of list and tuple are sequences.
class MyList(list):
    pass


class MyTuple(tuple):
    pass


match MyList([1, 2]):
    case [x, y]:
        print("MyList", x, y)
match MyTuple((3, 4)):
    case (x, y):
        print("MyTuple", x, y)


# A str subclass is still not a sequence.
class MyStr(str):
    pass


match MyStr("xy"):
    case [x, y]:
        print("wrong")
    case _:
        print("MyStr is not a sequence")

# Dict views and sets are not sequences.
match {1: 2}.keys():
    case [k]:
        print("wrong")
    case _:
        print("dict_keys not a sequence")

# Long sequences.
match list(range(300)):
    case [0, 1, *rest, 298, 299]:
        print("long", len(rest))

# collections.deque and its subclasses are sequences.
from collections import deque


class MyDeque(deque):
    pass


for dq in [deque([1, 2, 3]), MyDeque("ab"), deque()]:
    match dq:
        case [x, *rest]:
            print(type(dq).__name__, x, rest)
        case []:
            print("empty", type(dq).__name__)
