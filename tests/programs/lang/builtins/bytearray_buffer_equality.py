# bytearray compares equal to any buffer with the same bytes (arrays,
# memoryviews); bytes compares only with bytes-like builtins.
import array

small = array.array('B', [104, 105])
wide = array.array('h', [1])
print(bytearray(b'hi') == small, small == bytearray(b'hi'), small != bytearray(b'hi'), bytearray(b'hx') != small)
print(bytearray(b'\x01\x00') == wide, b'hi' == small, small == b'hi', bytearray(b'h') == small)
print(memoryview(b'hi') == small, memoryview(b'hi') == bytearray(b'hi'), b'hi' == memoryview(b'hi'))
print(small == array.array('B', b'hi'), small == [104, 105], bytearray(b'hi') == 'hi')
