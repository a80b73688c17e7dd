# Error messages name the library types that stand in for C types as CPython does
# (collections.deque, array.array, ...), and comparisons of builtin subclass
# instances name the subclasses.
import array, collections
for v in [array.array("b"), collections.deque(), collections.OrderedDict(), collections.defaultdict(int), collections.Counter()]:
    for f in [lambda: hash(v), lambda: v.nothing, lambda: v + 1 if not isinstance(v, dict) else v < 1]:
        try:
            f()
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
    print(type(v).__name__, type(v).__qualname__, repr(type(v)), "__tp_name__" in type(v).__dict__)
class MyDeque(collections.deque):
    pass
try:
    hash(MyDeque())
except TypeError as e:
    print(e)


class Pairs(dict):
    pass


class Word(str):
    pass


for f in [lambda: Pairs() < 1, lambda: Word("a") < 1, lambda: [1] < Word("b"), lambda: Pairs() <= Pairs()]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(Word("a") < Word("b"), Pairs(a=1) == {"a": 1})
a = array.array("b")
for f in [lambda: a + 1, lambda: 1 + a]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
try:
    a += [1]
except TypeError as e:
    print("TypeError", e)
