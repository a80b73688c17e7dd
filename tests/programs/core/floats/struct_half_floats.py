# struct's 'e' code: IEEE half-precision floats, rounded half to even.
import struct

samples = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 1e-5, 6e-8, 2.9e-8, 2049.0, 2051.0, 65504.0, 65519.0, 1e4,
           float("inf"), -float("inf")]
for v in samples:
    packed = struct.pack("<e", v)
    back = struct.unpack("<e", packed)[0]
    print(repr(v), packed, struct.pack(">e", v), repr(back))

nan = struct.unpack("<e", struct.pack("<e", float("nan")))[0]
print(nan != nan, struct.pack(">e", float("nan")))
print(struct.unpack("<4e", b"\x00\x3c\x00\xc0\x01\x00\xff\x7b"))
print(struct.calcsize("e"), struct.calcsize("<3e"), struct.calcsize("@be"))

for v in (65520.0, 1e10, -1e300):
    try:
        print(struct.pack("e", v))
    except OverflowError as e:
        print(type(e).__name__, e)
