class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        print("iadd", other)
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("add", other)
        return Bag(self.items + list(other))

    def __repr__(self):
        return "Bag(%r)" % (self.items,)


class NoInplace:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        print("NoInplace.__add__")
        return NoInplace(self.n + other)


b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
c = b + [4]
print(c, b, c is b)
x = NoInplace(1)
y = x
x += 5
print(x.n, y.n, x is y)


class Weird:
    def __iadd__(self, other):
        print("weird iadd")
        return "replaced"


w = Weird()
w += 1
print(w)
lst = [1]
lst2 = lst
lst += [2]
print(lst, lst2, lst is lst2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
n = 5
n += 2
n -= 1
n *= 3
n //= 4
n **= 2
n %= 7
print(n)
