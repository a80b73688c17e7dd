class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)


d = {}
d[Key(1, 2)] = "first"
d[Key(3, 4)] = "second"
print(d[Key(1, 2)])
d[Key(1, 2)] = "updated"
print(len(d), d)
print(Key(3, 4) in d, Key(4, 3) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s))
print(hash(Key(1, 2)) == hash((1, 2)))


class NoHash:
    def __eq__(self, other):
        return True


print(NoHash.__hash__)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p = Plain()
d2 = {p: "plain"}
print(d2[p])
print(Plain() in d2)
print(hash(7), hash(-1), hash(0), hash(True))
print(hash((1, 2, 3)) == hash((1, 2, 3)))
