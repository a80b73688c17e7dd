for i in range(3):
    pass
print("after pass loop", i)
if True:
    pass
else:
    pass
def noop():
    pass
print(noop())
while False:
    pass
a = 1
b = [1, 2, 3]
c = {"k": "v", "j": "w"}
del a
del b[1]
del c["k"]
print(b, c)
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
x, y = 1, 2
del x, y
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
x = "recreated"
print(x)
lst = list(range(10))
del lst[::2], lst[0]
print(lst)
def uses_local():
    v = 5
    del v
    v = 6
    return v
print(uses_local())
