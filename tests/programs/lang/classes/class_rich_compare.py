class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def key(self):
        return (self.major, self.minor)

    def __eq__(self, other):
        print("eq called")
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __le__(self, other):
        return self.key() <= other.key()

    def __gt__(self, other):
        return self.key() > other.key()

    def __ge__(self, other):
        return self.key() >= other.key()

    def __repr__(self):
        return "V%d.%d" % (self.major, self.minor)


a = Version(1, 2)
b = Version(1, 10)
c = Version(1, 2)
print(a == c, a != c)
print(a == b, a != b)
print(a < b, a <= b, a > b, a >= b)
print(a <= c, a >= c)
print(a == "1.2")
print(a != 5)
vs = [Version(2, 0), b, a, Version(0, 9)]
print(sorted(vs))
print(max(vs), min(vs))
print(sorted(vs, reverse=True))
print(a in [b, c])
print(a is c)
