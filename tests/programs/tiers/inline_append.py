# list.append inline in compiled code: lists growing past their capacity,
# list subclasses, other objects with an append method, and a bad arity.


class Logged(list):
    def append(self, x):
        super().append(x * 10)


class Bag:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(-x)


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


print(len(fill([], 5000)), fill([], 5000)[-3:])
print(fill(Logged(), 300)[-2:])
print(fill(Bag(), 300).items[-2:])
objs = [[], Logged(), Bag(), []]
for k in range(200):
    objs[k % 4].append(k)
print(objs[0][-3:], objs[1][-3:], objs[2].items[-3:], len(objs[3]))
try:
    [].append()
except TypeError as e:
    print("TypeError:", e)
nested = []
for i in range(100):
    nested.append(nested if i == 50 else i)
print(len(nested), nested[50] is nested)
