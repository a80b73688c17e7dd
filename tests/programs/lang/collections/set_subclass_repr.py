# The repr of set, frozenset and deque subclasses names the subclass.
from collections import deque


class Tags(set):
    pass


class Frozen(frozenset):
    pass


class Window(deque):
    pass


class Custom(set):
    def __repr__(self):
        return "Custom!"


t = Tags(["a"])
print(t, repr(Tags()), str(Frozen([3])), Frozen(), [Tags([1]), Frozen()])
print(f"{t!r} {Frozen([2])}", "%s|%r" % (Tags(), Frozen([5])))
print(Window([1, 2]), Window([1], maxlen=3), deque([0]), Custom([9]))
print(set(), frozenset(), set(t), frozenset(Frozen([4])), type(t | {"b"}).__name__)
nested = Tags()
nested.add(Frozen([1]))
print(nested)


class Shout(list):
    def __repr__(self):
        return "Shout!"


class Loud(int):
    def __str__(self):
        return "loud"


print(f"{Shout()} {Loud(3)} {Loud(3):>3} {Tags([1])}", format(Shout()), "{}".format(Loud(1)))
