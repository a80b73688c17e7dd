# bytearray mutation
a = bytearray(b"hello")
a[0] = 72
a[-1] = ord("O")
print(a, a[0], a[1:3])
a[1:3] = b"EY"
print(a)
a[1:3] = b""
print(a)
a[1:1] = [120, 121, 122]
print(a)
a[::2] = b"123"
print(a)
a[4:] = bytearray(b"tail")
print(a)
a[len(a):] = range(65, 68)
print(a)
del a[0]
del a[-1]
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
a.append(33)
a.extend(b"xy")
a.extend([49, 50])
a.extend(bytearray(b"!"))
a.extend(iter([0x41]))
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.insert(0, 90)
a.insert(-1, 89)
a.insert(100, 88)
a.insert(-100, 87)
print(a)
a.remove(ord("x"))
print(a)
a.reverse()
print(a)
c = a.copy()
c.clear()
print(a, c, len(c))
b = bytearray(b"ab")
b += b"cd"
b += bytearray(b"ef")
print(b)
b *= 2
print(b)
alias = b
alias += b"!"
print(b is alias, b)
z = bytearray(5)
print(z, bytearray([1, 2, 3]), bytearray(range(3)), bytearray(b"copy"), bytearray("é", "utf-8"))
s = bytearray(b"self")
s.extend(s)
print(s)
s[:] = s[::-1]
print(s)
s[1:3] = s
print(s)
print(bytes(bytearray(b"frozen")), bytearray(bytes(3)))
print(bytearray(b"xyz").upper(), bytearray(b"a,b").split(b","), bytearray(b" x ").strip())
m = bytearray(b"count")
for i in range(len(m)):
    m[i] = m[i] - 32
print(m)
