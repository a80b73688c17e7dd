# `%` formatting takes instances of tuple subclasses as the argument tuple and
# instances of dict subclasses as the mapping (their __missing__ included).
class Pair(tuple):
    def __repr__(self):
        return "Pair(%r, %r)" % self


class Defaults(dict):
    def __missing__(self, key):
        return "<" + key + ">"


p = Pair((1, "two"))
print(repr(p), "%s-%s" % p, "%s" % (p,), "%r" % [Pair((3, 4))])
print("%(a)s %(b)s" % Defaults(a=1), "%(x)r" % Defaults())
try:
    print("%s %s %s" % Pair((1, 2)))
except TypeError as e:
    print("TypeError", e)
