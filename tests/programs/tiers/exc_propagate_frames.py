# Exceptions raised several frames deep and caught in a hot loop at the top.
class Stop(Exception):
    pass

def level3(i):
    if i % 11 == 0:
        raise Stop(i)
    if i % 13 == 0:
        return [][i]
    if i % 17 == 0:
        return {}["k%d" % i]
    return i

def level2(i):
    return level3(i) * 2

def level1(i):
    try:
        return level2(i) + 1
    except IndexError:
        return -1

counts = {"ok": 0, "stop": 0, "idx": 0, "key": 0}
total = 0
for i in range(6000):
    try:
        r = level1(i)
        if r == -1:
            counts["idx"] += 1
        else:
            counts["ok"] += 1
            total += r
    except Stop as e:
        counts["stop"] += 1
        total -= e.args[0]
    except KeyError as e:
        counts["key"] += 1
        if counts["key"] < 3:
            print("key", e)
    if i % 1000 == 0:
        print(i, total, sorted(counts.items()))
print(total, sorted(counts.items()))

def rec(n):
    if n == 0:
        raise ValueError("bottom")
    return rec(n - 1) + 1

caught = 0
for i in range(300):
    try:
        rec(i % 40)
    except ValueError as e:
        caught += len(str(e))
print("caught", caught)

def gen_raise(n):
    for i in range(n):
        if i == n - 1:
            raise RuntimeError("gen end %d" % i)
        yield i

s = 0
for rep in range(200):
    try:
        for v in gen_raise(30):
            s += v
    except RuntimeError as e:
        s += 1
print("gen", s)
