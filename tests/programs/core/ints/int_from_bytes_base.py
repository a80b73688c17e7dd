# int() of bytes and bytearray with an explicit base, and its errors.
print(int(b"12", 10), int(b"ff", 16), int(bytearray(b"0o17"), 0), int(b" -101 ", 2))
print(int(b"z", 36), int(bytearray(b"1_000"), 10), int(b"7"))
for value, base in [(b"12a", 10), (bytearray(b""), 10), (b"0x", 16), (b"9", 8)]:
    try:
        int(value, base)
    except ValueError as e:
        print(type(e).__name__, e)
for value, base in [(12, 10), (1.5, 10), ([1], 2)]:
    try:
        int(value, base)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(b"1", 99)
except ValueError as e:
    print(type(e).__name__, e)
