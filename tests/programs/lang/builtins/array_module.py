# The array module: typed arrays, range checks, float32 rounding, tobytes/frombytes
# and bytes(array); conversions between typecodes.
from array import array
import array as arr_mod
a = array('f', [1.1, 2.5, -0.0, 1e-40, 3.4e38, 1e39])
print(a, a.tobytes())
d = array('d', [1.1, -2.0, float('inf')])
print(d, d.tobytes(), array('d', d.tobytes()))
print(array('f', a.tobytes()))
h = array('h', [1, -2, 300])
print(h.tobytes(), array('h', h.tobytes()), h.itemsize, h.typecode, arr_mod.typecodes)
h.append(5); h.extend([6, 7]); h.insert(0, 9)
print(h, h.pop(), h.index(300), h.count(1), h[1:3], h * 2, 2 * h, h + h)
h[0] = 100
h[1:3] = array('h', [7, 7, 7])
print(h, h.tolist(), list(reversed(h)))
for code, bad in [('b', 128), ('B', -1), ('h', 40000), ('I', -5), ('b', 1.5), ('f', 'x')]:
    try:
        array(code, [bad])
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    h.extend(array('b', [1]))
except TypeError as e:
    print(e)
try:
    h[100]
except IndexError as e:
    print(e)
u = array('u', 'hello')
print(u, u.tounicode(), len(u))
b = array('B', b'xyz'); b.frombytes(b'!')
print(b, bytes(b), array('q', [-1]).tobytes(), array('Q', [2**64 - 1]))
print(type(h).__name__, type(h), array('i', [3, 1]) < array('i', [3, 2]), array('i') == [])
h.byteswap()
print(h)

print(array('H', array('b', [1, 2])), array('f', array('h', [1, 2])), array('d', array('f', [0.1])))
print(array('h', b'12'), array('i', bytearray(4)), bytes(array('I', [1, 2])), array('l', [-2**31, 2**31 - 1]))
x = array('I', [2]) * 2
x *= 3
print(x, array('I') * 5, x == array('L', [2] * 6))


class Raw:
    def __bytes__(self):
        return b"raw"


class Wrong:
    def __bytes__(self):
        return "text"


print(bytes(Raw()))
try:
    bytes(Wrong())
except TypeError as e:
    print("TypeError", e)
print(b"123" + array("h", [0x1515]), b"\x01\x02" + array("b", [1, 2]), bytearray(array("h", [1, 2])))
ba = bytearray(b"ab")
ba += array("B", [67])
ba.extend(array("h", [68]))
print(ba, bytearray(b"x") + memoryview(b"yz"), bytes(memoryview(array("i", [7]))))
try:
    b"x" + [1]
except TypeError as e:
    print("TypeError", e)
