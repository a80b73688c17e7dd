# struct: the errors for integers out of a code's range, and for floats too
# large for a standard-size 'f'.
import struct

cases = [("b", 300), ("B", -1), ("h", 70000), ("H", -1), (">h", 70000), ("!H", 70000), ("<H", 70000),
         ("i", 2**31), ("I", -1), ("I", 2**32), ("<L", 2**32), ("<l", -2**31 - 1), ("q", 2**63), ("Q", -1),
         ("H", 2**64), ("n", 2**63), ("<f", 1e39), ("f", 1e39), ("<f", float("inf")), ("<d", 1e300)]
for fmt, v in cases:
    try:
        print(fmt, struct.pack(fmt, v))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
try:
    struct.unpack("<h", "ab")
except TypeError as e:
    print("TypeError", e)
print(struct.Struct.__module__)
