# Methods replaced on the class (and on a subclass) during a hot loop.
class Acc:
    def __init__(self):
        self.v = 0

    def step(self, i):
        self.v += i
        return self.v

def step2(self, i):
    self.v -= i
    return self.v

def step3(self, i):
    self.v = self.v * 1.0 + 0.5
    return self.v

a = Acc()
for i in range(6000):
    if i == 2000:
        Acc.step = step2
    if i == 4000:
        Acc.step = step3
    r = a.step(i)
    if i % 750 == 0:
        print(i, repr(r))
print("a", repr(a.v))

class Animal:
    def sound(self):
        return "..."

    def speak(self, n):
        return self.sound() * n

class Dog(Animal):
    def sound(self):
        return "woof"

class Cat(Animal):
    pass

pets = [Dog(), Cat(), Animal()]
lengths = 0
snap = []
for i in range(3000):
    if i == 1000:
        Cat.sound = lambda self: "meow"
    if i == 2000:
        del Dog.sound
        Animal.sound = lambda self: "?"
    p = pets[i % 3]
    s = p.speak(2)
    lengths += len(s)
    if i % 500 < 3:
        snap.append(s)
print(lengths, snap)

class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

acc = V(0)
for i in range(4000):
    if i == 2500:
        V.__add__ = lambda self, o: V(self.x - o.x)
    acc = acc + V(i % 7)
print("V", acc.x)
