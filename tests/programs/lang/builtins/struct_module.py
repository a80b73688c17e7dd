# The struct module: pack/unpack with byte orders, native alignment, counts,
# strings, floats, pack_into/unpack_from, Struct and struct.error.
import struct
print(struct.pack("<fd", 1.5, -0.1), struct.unpack("<fd", struct.pack("<fd", 1.1, 2.2)))
print(struct.pack(">?c3sx", True, b"z", b"abcdef"), struct.unpack("@bq", struct.pack("@bq", 1, 2)), struct.calcsize("@bq"), struct.calcsize("=bq"))
s = struct.Struct("<hh")
print(s.size, s.pack(1, -1), s.unpack(b"\x01\x00\xff\xff"), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
for args in [("<b", 200), ("<B", -1), ("<h", 1.5), ("<q", 2**64), ("<z", 1)]:
    try:
        struct.pack(*args)
    except struct.error as e:
        print("error", e)
try:
    struct.unpack("<i", b"12")
except struct.error as e:
    print("error", e)
print(struct.error.__name__, issubclass(struct.error, Exception), struct.pack("5p", b"hi"), struct.unpack("5p", b"\x02hi\x00\x00"))
buf = bytearray(b">>>123<<<")
struct.pack_into("<bbb", buf, -6, 0x44, 0x45, 0x46)
print(buf, struct.unpack_from("<b", b"0123456789", -4), struct.unpack("<3B2h", b"foo\x12\x34\xff\xff"))
for bad in [lambda: struct.pack_into("<bbb", buf, 7, 1, 2, 3), lambda: struct.unpack_from("<b", b"01", 2), lambda: struct.pack("ii", 1)]:
    try:
        bad()
    except struct.error as e:
        print("error", e)
print(struct.pack(">Q", 2**64 - 1), struct.unpack(">q", b"\xf2\x34\x56\x78\x90\x12\x34\x56"), struct.calcsize("100sI"))
