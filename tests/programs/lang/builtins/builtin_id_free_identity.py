a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
b.append(3)
print(a, c)
x = None
print(x is None, x is not None, x == None)
print(type(None) is type(None))
t1 = (1, 2)
print(t1 is t1, t1 == (1, 2))
s = "abc"
print(s is s)


class Obj:
    pass


o1 = Obj()
o2 = o1
o3 = Obj()
print(o1 is o2, o1 is o3, o1 == o3, o1 != o3)
lst = [o1, o3]
print(o2 in lst, Obj() in lst)
print(lst.index(o3))
print(True is True, (1 == 1) is True)
def f():
    return []
print(f() is f(), f() == f())
d = {}
d2 = d
d2["k"] = 1
print(d)
