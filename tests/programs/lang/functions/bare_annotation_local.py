# A bare annotation (`x: int`) makes the name local to its function without
# binding it; at module level it binds nothing. type() takes a dict subclass namespace.
from collections import OrderedDict

x = "global"
y: int
print("y" in globals(), x)


def reads_annotated():
    x: int
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    x = 5
    return x


def attribute_annotation():
    x.upper: int
    return x


print(reads_annotated(), attribute_annotation())


class C:
    z: int
    w: str = "w"
    print("z" in dir(), w)


A = type("A", (), OrderedDict(a=1, b=2))
print([k for k in A.__dict__ if not k.startswith("_")], A.a + A.b)
