a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[100:]
print(a)
del a[:]
print(a)
b = [1, 2, 3, 4, 5, 6, 7, 8]
del b[1::2]
print(b)
del b[5:1:-1]
print(b)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
c = [[1, 2], [3, 4]]
del c[0][1]
print(c)
d = [1, 2, 3]
e = d
del d
print(e)
f = [0, 1, 2]
try:
    del f[5]
except IndexError as e:
    print(type(e).__name__, e)
f2, f3 = [9, 8], [7]
del f2[0], f3[0]
print(f2, f3)
