# bytes(b) and b.__bytes__() of an exact bytes give b back; partition hands back the
# separator object it was given; class methods called through a subclass build
# instances of that subclass.
raw = b"payload"
print(bytes(raw) is raw, raw.__bytes__() is raw, type(raw.__bytes__()).__name__)
print(hasattr(bytearray(), "__bytes__"), hasattr(b"", "__bytes__"))


class Packet(bytes):
    pass


p = Packet(b"abc")
print(type(p.__bytes__()).__name__, p.__bytes__(), bytes(p) is p)

for sep in (b"--", bytearray(b"--"), memoryview(b"--")):
    head, mid, tail = b"left--right".partition(sep)
    print(type(mid).__name__, mid is sep, head, tail)
    head, mid, tail = b"a--b--c".rpartition(sep)
    print(type(mid).__name__, mid is sep, head, tail)
print(b"nothing".partition(bytearray(b"x")), bytearray(b"none").rpartition(b"x"))


class Tagged(bytearray):
    def __new__(cls, value):
        print("Tagged.__new__ got", type(value).__name__, bytes(value))
        obj = super().__new__(cls, value)
        obj.tag = "t"
        return obj

    def __init__(self, value):
        super().__init__(value)


t = Tagged.fromhex("de ad")
print(type(t).__name__, t, t.tag)
print(type(Packet.fromhex("4142")).__name__, Packet.fromhex("4142"))


class Counts(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)


c = Counts.fromkeys("xyz", 0)
print(type(c).__name__, c, c.order)
print(type(Counts().fromkeys([1])).__name__)


class Flags(int):
    pass


f = Flags.from_bytes(b"\x01\x00", "little")
print(type(f).__name__, f)


class Ratio(float):
    pass


r = Ratio.fromhex("0x1.8p1")
print(type(r).__name__, r)
print(type(dict.fromkeys("a")).__name__, type(bytes.fromhex("00")).__name__, type(int.from_bytes(b"\x02", "big")).__name__)
