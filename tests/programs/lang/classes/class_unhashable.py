d = {}
try:
    d[[1, 2]] = 3
except TypeError as e:
    print(e)
try:
    d[{"a": 1}] = 1
except TypeError as e:
    print(e)
try:
    s = {[1]}
except TypeError as e:
    print(e)
try:
    hash({1, 2})
except TypeError as e:
    print(e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print(e)
try:
    [1] in {1: 2}
except TypeError as e:
    print(e)
try:
    set().add([])
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)))
d[(1, 2)] = "tuple ok"
d[frozenset({1})] = "frozenset ok"
print(d[(1, 2)], d[frozenset([1])])


class L(list):
    pass


try:
    {L(): 1}
except TypeError as e:
    print(e)


class H(list):
    def __hash__(self):
        return 42


print({H(): "hashable list"}[H()])
print(hash(H([1])))
