a = list(range(10))
a[2:5] = ["x", "y", "z"]
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[:2] = ["only"]
print(a)
a[5:] = [7, 8, 9, 10, 11, 12]
print(a)
a[-2:] = "ab"
print(a)
a[:] = [1, 2, 3]
print(a)
a[100:] = [4, 5]
print(a)
a[-100:0] = [0]
print(a)
a[::2] = ["e0", "e2", "e4"]
print(a)
a[::-2] = [-1, -2, -3]
print(a)
a[1:4] = range(3)
print(a)
a[1:2] = (9, 9, 9, 9)
print(a)
b = [1, 2, 3, 4, 5, 6]
b[1:5:2] = [20, 40]
print(b)
b[5:0:-2] = ["p", "q", "r"]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[::-1] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
c[3:] = c
print(c)
