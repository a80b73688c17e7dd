# Method calls made straight into the method's compiled code: the receiver's
# class changing, the method rebound on the class or hidden by an instance
# attribute mid-loop, a method that raises, and a class-level __getattribute__.


class Acc:
    def __init__(self):
        self.t = 0

    def add(self, k):
        self.t += k
        return self.t


class Loud(Acc):
    def add(self, k):
        self.t += 2 * k
        return self.t


def drive(objs, n):
    last = 0
    for i in range(n):
        last = objs[i % len(objs)].add(i)
    return last


a = Acc()
print(drive([a], 500), a.t)
print(drive([a, Loud()], 500))


def add3(self, k):
    self.t += 3 * k
    return self.t


Acc.add = add3
print(drive([a], 300))
a.add = lambda k: -k
print(drive([a], 300), drive([Acc()], 300))


class Picky:
    def check(self, k):
        if k == 250:
            raise ValueError("picky about %d" % k)
        return k


def checks(p, n):
    s = 0
    for i in range(n):
        s += p.check(i)
    return s


try:
    checks(Picky(), 400)
except ValueError as e:
    print("ValueError", e)
print(checks(Picky(), 200))


class Sneaky(Acc):
    def __getattribute__(self, name):
        if name == "add":
            return lambda k: "intercepted %d" % k
        return object.__getattribute__(self, name)


print(drive([Acc(), Sneaky()], 40))
print(drive([Acc()], 300))
