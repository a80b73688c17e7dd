# obj.__dict__ is a live view of the instance's attributes: changes through it
# show as attributes and attribute changes show in it.
class A:
    def __init__(self):
        self.x = 1
    def m(self): return "method"
a = A()
d = a.__dict__
print(d, type(d), len(d), 'x' in d, d['x'], list(d), d.get('y', 'no'))
a.y = 2
print(d)
d['z'] = 3
print(a.z, vars(a))
a.__dict__.update(w=4, v=5)
print(a.w, a.v)
del a.__dict__['x']
print(hasattr(a, 'x'), sorted(a.__dict__.items()))
a.__dict__['m'] = lambda: "shadow"
print(a.m())
print(a.__dict__.pop('m')(), a.m())
print(a.__dict__ == {'y': 2, 'z': 3, 'w': 4, 'v': 5}, dict(a.__dict__), a.__dict__.copy())
print({**a.__dict__}, "%(y)s" % a.__dict__, bool(a.__dict__))
a.__dict__.clear()
print(a.__dict__, bool(a.__dict__))
a.q = 9
print(a.q, a.__dict__, a.__dict__ | {'r': 1})
class B:
    def __setattr__(self, k, v):
        self.__dict__[k] = v * 2
b = B()
b.n = 5
print(b.n, b.__dict__)
for k, v in b.__dict__.items():
    print(k, v)
print(list(reversed(a.__dict__)), a.__dict__.keys(), a.__dict__.setdefault('s', 7), a.s)
try:
    hash(a.__dict__)
except TypeError as e:
    print(e)
class E(Exception): pass
e = E()
e.__dict__['info'] = 1
print(e.info)


class P:
    def __init__(self, i):
        self.i = i


total = 0
objs = [P(i) for i in range(300)]
for n in range(3000):
    o = objs[n % 300]
    if n % 7 == 0:
        o.__dict__["i"] = o.i + 1
    if n % 11 == 0:
        del o.__dict__["i"]
        o.__dict__["j"] = 0
        o.i = n
    total += o.i
print(total, sorted(objs[5].__dict__))
