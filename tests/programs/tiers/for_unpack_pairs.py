# `for` loops whose target unpacks the items of enumerate, zip and
# dict.items(): tiers may write the parts straight to the targets without
# making the tuples; every outcome must stay CPython's (counts past the
# inline int range, strict zips, dicts resized while iterated, wrong
# arities, iterators that raise or are generators, nesting).


def enum_sum(xs, start=0):
    t = 0
    for i, x in enumerate(xs, start):
        t += i * x
    return t


def zip_forms(a, b, c, d):
    t2 = t3 = t4 = 0
    for x, y in zip(a, b):
        t2 += x - y
    for x, y, z in zip(a, b, c):
        t3 += x * y - z
    for x, y, z, w in zip(a, b, c, d):
        t4 += x + y + z + w
    return t2, t3, t4


def dict_pairs(d):
    ks, vs = [], 0
    for k, v in d.items():
        ks.append(k)
        vs += v
    return len(ks), ks[:3], vs


def gen(n):
    for i in range(n):
        yield i * i


def failing(n):
    for i in range(n):
        if i == n - 3:
            raise KeyError(i)
        yield i


def outcomes():
    out = []
    try:
        for a, b in zip([1, 2, 3], [4, 5], strict=True):
            out.append(a + b)
    except ValueError as e:
        out.append("ValueError: " + str(e))
    try:
        for a, b in zip([1, 2], [4, 5, 6], strict=True):
            out.append(a * b)
    except ValueError as e:
        out.append("ValueError: " + str(e))
    d = {i: i for i in range(10)}
    try:
        for k, v in d.items():
            if k == 5:
                d[100] = 1
    except RuntimeError as e:
        out.append("RuntimeError: " + str(e))
    try:
        for a, b in zip([1], [2], [3]):
            out.append(a)
    except ValueError as e:
        out.append("ValueError: " + str(e))
    try:
        for a, b, c in enumerate("xy"):
            out.append(a)
    except ValueError as e:
        out.append("ValueError: " + str(e))
    try:
        for i, v in enumerate(failing(8)):
            out.append(v)
    except KeyError as e:
        out.append("KeyError: " + str(e))
    for i, (p, q) in enumerate(zip(gen(4), "abcd")):
        out.append((i, p, q))
    for i, x in enumerate(gen(5), 2 ** 62):
        last = (i, x)
    out.append(last)
    for (i, x), y in zip(enumerate("ab"), "cd"):
        out.append(i)
        out.append(x + y)
    for a, *rest in zip("ab", "cd", "ef"):
        out.append(rest)
    pairs = list(zip(range(3), range(3)))
    kept = []
    for p in zip(range(3), range(3)):
        kept.append(p)
    out.append(pairs == kept)
    return out


def nested_zip_in_generator(n):
    def inner():
        for a, b in zip(range(n), range(n, 2 * n)):
            yield a * b
    t = 0
    for i, (x, y) in enumerate(zip(inner(), inner())):
        t += i + x - y
    return t


xs = list(range(300))
ys = [x * 3 for x in xs]
zs = [x % 7 for x in xs]
ws = [x // 2 for x in xs]
d = {str(i): i for i in range(500)}
for rep in range(40):
    r = (enum_sum(xs), enum_sum(xs, 2 ** 47 - 10), zip_forms(xs, ys, zs, ws), dict_pairs(d), nested_zip_in_generator(50))
print(r)
print(outcomes())
print(outcomes())
