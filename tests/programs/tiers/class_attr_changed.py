# Class attributes rebound during hot loops, seen through instances.
class Cfg:
    scale = 2
    offset = 0

    def apply(self, x):
        return x * self.scale + self.offset

c = Cfg()
acc = 0
for i in range(8000):
    if i == 2000:
        Cfg.scale = 3
    elif i == 4000:
        Cfg.offset = 0.5
    elif i == 6000:
        Cfg.scale = -1
        c.scale = 100
    acc += c.apply(i % 10)
    if i % 1000 == 0:
        print(i, Cfg.scale, c.scale, repr(acc))
print("acc", repr(acc))

class Base:
    tag = "base"

    def name(self):
        return self.tag

class Sub(Base):
    pass

s = Sub()
names = []
for i in range(3000):
    if i == 1000:
        Base.tag = "changed"
    if i == 2000:
        Sub.tag = "sub"
    if i % 400 == 0:
        names.append(s.name())
print(names)

class Shape:
    sides = 0

counts = 0
for i in range(5000):
    if i % 1000 == 0:
        Shape.sides = i // 1000
    counts += Shape.sides
print("counts", counts)

def m1(self):
    return 1

def m2(self):
    return 2

Cfg.extra = m1
t = 0
for i in range(4000):
    if i == 3000:
        Cfg.extra = m2
    t += c.extra()
print("t", t)
