# memoryview (a builtin defined on first use): views of bytes, bytearray and
# arrays; slices share the object; writes go through; equality, hashing, release.
from array import array
ba = bytearray(b'hello world')
m = memoryview(ba)
m[0:5] = b'HELLO'
print(ba, bytes(m[6:]), m[::2].tobytes(), m.readonly, m.format, m.itemsize, m.nbytes, type(m), type(m).__name__)
print(isinstance(m, memoryview), memoryview(b'ab').hex(), hash(memoryview(b'ab')) == hash(b'ab'), m.obj is ba)
try:
    m[0] = 300
except ValueError as e:
    print("ValueError", e)
try:
    m[0:2] = b'x'
except ValueError as e:
    print("ValueError", e)
try:
    memoryview("str")
except TypeError as e:
    print("TypeError", e)
with memoryview(b'xy') as mv:
    print(mv.tolist())
try:
    len(mv)
except ValueError as e:
    print("ValueError", e)
def f():
    return memoryview(b'12')[1]
print(f(), f())
print(list(memoryview(b'\x7f\x80\x81\xff')))
print(list(memoryview(array('b', [0x7f, -0x80]))))
print(list(memoryview(array('B', [0x7f, 0x80, 0x81, 0xff]))))
print(list(memoryview(array('h', [0x7f00, -0x8000]))))
print(list(memoryview(array('H', [0x7f00, 0x8000, 0x8100, 0xffff]))))
for code in ['b', 'h', 'i', 'q', 'f', 'd']:
    print(memoryview(array(code)).itemsize)
print(memoryview(array('l')).itemsize in (4, 8))
try:
    memoryview(b'a').itemsize = 1
except AttributeError:
    print('AttributeError')
b1 = bytearray(b'1234')
b2 = bytearray(b'5678')
b3 = bytearray(b'5678')
m1 = memoryview(b1)
m2 = memoryview(b2)
m3 = memoryview(b3)
m2[1:3] = m1[0:2]
print(b2)
b3[1:3] = m1[0:2]
print(b3)
m1[2:4] = b3[1:3]
print(b1)
try:
    m2[1:3] = b1[0:4]
except ValueError:
    print("ValueError")
try:
    m2[1:3] = m1[0:4]
except ValueError:
    print("ValueError")
try:
    m2[0:4] = m1[1:3]
except ValueError:
    print("ValueError")
a1 = array('i', [0]*5)
m4 = memoryview(a1)
a2 = array('i', [3]*5)
m5 = memoryview(a2)
m4[1:3] = m5[1:3]
print(a1)
try:
    m4[1:3] = m2[1:3]
except ValueError:
    print("ValueError")
try:
    memoryview(array('i'))[0:2] = b'1234'
except ValueError:
    print('ValueError')
b = bytearray(range(10))
mv = memoryview(b)
mv[1:] = mv[:-1]
print(b)
b = bytearray(range(10))
mv = memoryview(b)
mv[:-1] = mv[1:]
print(b)
a = array('I', range(10))
mv = memoryview(a)
mv[1:] = mv[:-1]
print(a)
a = array('I', range(10))
mv = memoryview(a)
mv[:-1] = mv[1:]
print(a)
print(list(memoryview(array('i', [0x7f000000, -0x80000000]))))
print(list(memoryview(array('I', [0x7f000000, 0x80000000, 0x81000000, 0xffffffff]))))

print(repr(memoryview(b'')).startswith('<memory at 0x'), memoryview, memoryview.__name__)
