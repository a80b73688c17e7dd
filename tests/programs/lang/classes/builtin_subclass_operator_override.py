# Subclasses of builtin types that define an operator method in Python: its
# NotImplemented is final for its side, while the other side's inherited
# builtin behaviour stays.


def show(label, fn):
    try:
        print(label, repr(fn()))
    except TypeError as e:
        print(label, "TypeError:", e)


class RightOnly(int):
    def __radd__(self, other):
        return "RightOnly.__radd__"


show("RightOnly(1) + 2", lambda: RightOnly(1) + 2)
show("2 + RightOnly(1)", lambda: 2 + RightOnly(1))
show("RightOnly(4) * 3", lambda: RightOnly(4) * 3)


class PickyFloat(float):
    def __mul__(self, other):
        if other == 0:
            return NotImplemented
        return float(self) * other


show("PickyFloat(2) * 3", lambda: PickyFloat(2.0) * 3)
show("PickyFloat(2) * 0", lambda: PickyFloat(2.0) * 0)
show("0 * PickyFloat(2)", lambda: 0 * PickyFloat(2.0))


class NoConcat(str):
    def __add__(self, other):
        return NotImplemented


show("NoConcat + str", lambda: NoConcat("a") + "b")
show("str + NoConcat", lambda: "b" + NoConcat("a"))


class Seq(list):
    pass


for method, op in (("__mul__", lambda v: v * 2), ("__rmul__", lambda v: 2 * v), ("__add__", lambda v: v + [9])):
    value = Seq([1])
    show("before " + method, lambda: op(value))
    setattr(Seq, method, lambda self, other: NotImplemented)
    show("declining " + method, lambda: op(value))
    delattr(Seq, method)
    show("after " + method, lambda: op(value))


class Counted(list):
    def __add__(self, other):
        return Counted(list(self) + list(other))


show("Counted + tuple", lambda: type(Counted([1]) + (2,)).__name__)
show("list + Counted", lambda: [0] + Counted([1]))
