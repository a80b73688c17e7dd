# One method call site that sees receivers of several classes.
class A:
    def val(self, x):
        return x + 1

class B:
    def val(self, x):
        return x * 3

class C(A):
    def val(self, x):
        return A.val(self, x) - 10

class D:
    def __init__(self, k):
        self.k = k

    def val(self, x):
        return self.k * x

def run(objs, n):
    acc = 0
    for i in range(n):
        o = objs[i % len(objs)]
        acc = (acc * 7 + o.val(i)) % 1000000007
        if i % (n // 5) == 0:
            print(i, type(o).__name__, acc)
    return acc

print(run([A()], 3000))
print(run([A(), B()], 3000))
print(run([A(), B(), C(), D(5)], 4000))
objs = [A()] * 2000 + [B()] * 1000 + [D(-2)] * 1000
acc = 0
for i, o in enumerate(objs):
    acc += o.val(i)
    if i % 800 == 0:
        print("seq", i, acc)
print("seq total", acc)

class E:
    pass

e = E()
e.val = lambda x: x - 1
print(run([A(), e], 2000))

def meth(self, x):
    return x * x

E.val = meth
print(run([E()], 2000))
