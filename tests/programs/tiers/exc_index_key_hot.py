# IndexError and KeyError caught in hot loops.
data = list(range(0, 300, 3))
d = {i: i * i for i in range(0, 200, 7)}

def lookups(n):
    miss_idx = 0
    miss_key = 0
    s = 0
    for i in range(n):
        try:
            s += data[i % 130]
        except IndexError:
            miss_idx += 1
        try:
            s += d[i % 210]
        except KeyError as e:
            miss_key += 1
            if miss_key == 1:
                print("first missing key", e.args[0], repr(e))
        if i % 1000 == 0:
            print(i, s, miss_idx, miss_key)
    return s, miss_idx, miss_key

print(lookups(6000))

def negs(n):
    out = []
    for i in range(n):
        try:
            out.append(data[-(i % 105) - 1])
        except IndexError as e:
            out.append(str(e))
    return out

r = negs(2100)
print(len(r), r[:3], r[100:106], r.count("list index out of range"))
stack = []
pops = 0
fails = 0
for i in range(4000):
    if i % 3 != 2:
        stack.append(i)
    else:
        try:
            stack.pop()
            stack.pop()
            pops += 2
        except IndexError:
            fails += 1
print("stack", len(stack), pops, fails, stack[-3:])
counts = {}
for i in range(5000):
    k = (i * i) % 37
    try:
        counts[k] += 1
    except KeyError:
        counts[k] = 1
print(sorted(counts.items())[:6], len(counts))
