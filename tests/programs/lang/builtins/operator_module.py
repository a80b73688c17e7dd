# The operator module: operators as functions, itemgetter, attrgetter, methodcaller.
import operator as op
from functools import reduce
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(4), op.not_(0), op.truth([1]))
print(op.lt(1, 2), op.ge(1, 2), op.eq("a", "a"), op.is_(None, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.abs(-3), op.index(5))
print(reduce(op.mul, range(1, 6)), sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(0, 1)), op.itemgetter(1)("xyz"), op.itemgetter(slice(1, None))([1, 2, 3]))
class P:
    def __init__(self, name, inner=None):
        self.name, self.inner = name, inner
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
ps = [P("bo"), P("al", P("in"))]
print(sorted(p.name for p in ps), [op.attrgetter("name")(p) for p in ps], op.attrgetter("inner.name", "name")(ps[1]))
print(op.methodcaller("greet", "hi")(ps[0]), op.methodcaller("greet", "yo", punct="?")(ps[1]), op.methodcaller("upper")("abc"))
print(op.itemgetter(1, 0), op.attrgetter("a.b"), op.methodcaller("f", 1, k=2))
l = [1]; op.iadd(l, [2]); d = {}; op.setitem(d, "k", 1); op.delitem(d, "k")
print(l, d, op.concat([1], [2]), op.length_hint([1, 2]), op.xor(6, 3), op.lshift(1, 4), op.inv(0))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
