class Acc:
    def __init__(self, start):
        self.total = start

    def add(self, n):
        self.total += n
        return self.total

    def get(self):
        return self.total


a = Acc(10)
b = Acc(100)
add_a = a.add
add_b = b.add
print(add_a(1), add_a(2), add_b(3))
print(a.get(), b.get())
methods = [a.get, b.get, a.add]
print(methods[0](), methods[1]())
print(methods[2](5))
print(Acc.add(b, 7))
print(Acc.get(b))
f = Acc.get
print(f(a))
print(add_a.__self__ is a)
print(add_a.__func__ is Acc.add)
print(add_a.__name__)
print(callable(add_a), callable(a))
ops = {"inc": a.add, "read": a.get}
print(ops["inc"](10))
print(ops["read"]())
print(list(map(a.add, [1, 1, 1])))
print(a.total)
print(a.add == a.add, a.add == b.add)
print(repr(add_a).startswith('<bound method Acc.add of'))
