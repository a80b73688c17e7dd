# Attributes added to instances in the middle of hot loops (shape changes).
class P:
    def __init__(self, x):
        self.x = x

ps = [P(i) for i in range(100)]
total = 0
for i in range(6000):
    p = ps[i % 100]
    if i == 2000:
        for q in ps[::2]:
            q.y = 5
    if i == 4000:
        ps[7].z = "zz"
        ps[7].x = 1.5
    total += p.x
    if hasattr(p, "y"):
        total += p.y
    if i % 750 == 0:
        print(i, repr(total))
print("total", repr(total))
print(sorted(vars(ps[7]).items()), sorted(vars(ps[8]).keys()))

class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        if self.n == 1500:
            self.extra = 0
        if self.n > 1500:
            self.extra += 2
        return self.n

c = Counter()
for i in range(3000):
    c.bump()
print(c.n, c.extra)

def getter(objs):
    s = 0
    for o in objs:
        s += getattr(o, "w", -1)
    return s

objs = [P(i) for i in range(500)]
for round_ in range(5):
    objs[round_ * 100].w = round_ * 10
    print("round", round_, getter(objs))
del objs[100].w
print("after del", getter(objs))
