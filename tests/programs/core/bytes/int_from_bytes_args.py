# int.from_bytes: what it accepts as bytes (PyObject_Bytes: no bytes(n) of an
# int, no str), byte orders, signedness.
for src in [b'\x01\x00', bytearray(b'\xff'), [1, 2], (255, 0), 5, 'ab', 1.5, None, True]:
    try:
        print(repr(src), int.from_bytes(src), int.from_bytes(src, 'little'), int.from_bytes(src, signed=True))
    except TypeError as e:
        print(repr(src), 'TypeError', e)
