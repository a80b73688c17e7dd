for v in [0, 1, -1, -2, 42, 10 ** 6, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 61)]:
    print(v, hash(v))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(1.0), hash(0.5), hash(-0.0), hash(2.0) == hash(2))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash((0,)) == hash((0,)), hash((1, 2)) == hash((2, 1)))
print(hash(frozenset()) == hash(frozenset()))
print(type(hash(5)).__name__)
d = {}
for k in [1, 1.0, True, (1,), (1, 2)]:
    d[k] = type(k).__name__
print(d)
print(hash(-1) == hash(-2))
print({-1: "a", -2: "b"})
print(hash(range(3)) == hash(range(3)))
print(hash(10 ** 20), hash(-(10 ** 20)))
print(hash(0.0) == hash(0) == hash(-0.0))
print(hash(1.5), hash(-1.5), hash(1e100))
print(hash(((), ())), hash((None,)) == hash((None,)))
print(hash((True, False)) == hash((1, 0)))
key_table = {(i, i * i): i for i in range(3)}
print(key_table, key_table[(2, 4)])
