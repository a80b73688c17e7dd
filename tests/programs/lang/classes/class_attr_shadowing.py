class Counter:
    count = 0
    label = "class-label"

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def describe(self):
        return self.name + ":" + self.label


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
print(a.describe(), b.describe())
a.label = "instance-label"
print(a.describe(), b.describe())
print(Counter.label)
Counter.label = "changed"
print(a.describe(), b.describe())
del a.label
print(a.describe())
a.count = 100
print(a.count, b.count, Counter.count)
c = Counter("c")
print(a.count, b.count, c.count, Counter.count)
print(hasattr(a, "label"), hasattr(Counter, "name"), hasattr(a, "name"))


class Sub(Counter):
    label = "sub-label"


s = Sub("s")
print(s.describe(), Counter.count, Sub.count)
Sub.count = 50
print(Sub.count, Counter.count)
print("count" in Sub.__dict__, "label" in Sub.__dict__)
