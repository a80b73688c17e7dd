# bool arithmetic and bools mixed with ints in hot loops.
t = 0
for i in range(5000):
    t += (i % 3 == 0) + (i % 5 == 0) * 2 - (i % 7 == 0)
print("t", t)
flags = [i % 4 == 1 for i in range(1000)]
print(sum(flags), flags[:6], True + True, True * 10, -True, ~True, ~False)
print(True / 2, True // 2, False ** 0, True << 3, True & False, True | False, True ^ True)
print(type(True + 0).__name__, type(True & True).__name__, repr(True * 1.5))

def count_truthy(seq):
    c = 0
    for v in seq:
        if v:
            c += 1
        c += bool(v)
    return c

items = [0, 1, "", "a", [], [0], None, 0.0, -0.0, 2**70, (), (0,), {}, {0: 0}, False, True]
print(count_truthy(items), [bool(x) for x in items])
acc = 0
b = False
for i in range(4000):
    b = not b if i % 3 else b
    acc += b
    acc -= (not b)
    if i % 800 == 0:
        print(i, b, acc)
print("acc", acc)
x = True
for i in range(3000):
    if i == 1500:
        x = x + 1
    x = x * 1
print(x, type(x).__name__)
d = {True: "t", 1: "one", 0: "zero", False: "f"}
print(d, {1, True, 2} == {1, 2})
z = 0
for i in range(3000):
    z += (i > 1000) and (i < 2000) or (i == 2500)
print("z", z, (3 > 2) + (2 > 3), max(True, 0), min(False, -1))
print(any(i > 2990 for i in range(3000)), all(i >= 0 for i in range(3000)))
