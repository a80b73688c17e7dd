# int(x) checks what __int__, __index__ and __trunc__ return.
class Good:
    def __int__(self):
        return 42


class ReturnsNone:
    def __int__(self):
        return None


class ReturnsFloat:
    def __int__(self):
        return 1.5


class IndexOnly:
    def __index__(self):
        return 7


class BadIndex:
    def __index__(self):
        return "7"


class Trunc:
    def __trunc__(self):
        return 9


class TruncToIndex:
    def __trunc__(self):
        return IndexOnly()


class TruncBad:
    def __trunc__(self):
        return 2.5


print(int(Good()), int(IndexOnly()), int(Trunc()), int(TruncToIndex()))
for cls in [ReturnsNone, ReturnsFloat, BadIndex, TruncBad]:
    try:
        int(cls())
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
