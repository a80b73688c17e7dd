# subclasses of bytes and bytearray
class B(bytes):
    def first(self):
        return self[0]
b = B(b"abc")
print(b, repr(b), len(b), b.first(), b[1:], b + b"d", b"x" + b, b == b"abc", isinstance(b, bytes), type(b).__name__)
print(b.upper(), b.decode(), list(b), 98 in b, hash(b) == hash(b"abc"), b * 2, str(b))
class BA(bytearray):
    pass
a = BA(b"xy")
a.append(122)
a[0] = 65
print(a, len(a), a.upper(), a + b"!", list(a))
a += b"q"
print(a, type(a).__name__)
class C(bytes):
    def __repr__(self):
        return "C!"
print(repr(C(b"1")), C(b"1") == b"1", B(3), B([65, 66]), B("é", "utf-8"))
print(b"-".join([B(b"a"), BA(b"b")]), bytes(B(b"k")), b"k" in [B(b"k")])
