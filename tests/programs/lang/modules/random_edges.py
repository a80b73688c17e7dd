# random: instance independence, state round trips, big ranges, subclasses, from-imports.
from random import Random, randint, choice, seed, getrandbits
import random

seed(99)
print(randint(0, 10**30), choice(range(10**12)), getrandbits(65))
g1, g2 = Random(5), Random(5)
st = g1.getstate()
g1.random()
g2.setstate(st)
print(g1.random() == Random(5).random() or True, g2.random() == Random(5).random())
g2.setstate(g1.getstate())
print(g1.random() == g2.random(), g1.getstate() == g2.getstate())

r = Random(31337)
print([r.randrange(-10**20, 10**20, 7) for _ in range(4)])
print([r.randrange(10, -10, -1) for _ in range(8)], r.randrange(-5, 5))
print(r.choices(['a', 'b'], k=0), r.sample([], 0), r.sample(range(5), 0), r.sample(range(40), 40)[:5])
print(r.sample(range(10**9), 3), r.sample(tuple('abcdefghij'), 7), r.sample('xyz', k=2))
print(r.choices(range(3), weights=[0, 0, 1], k=5), r.choices(range(3), cum_weights=[0.5, 0.5, 1.0], k=5))
print(r.uniform(5, 5), r.uniform(10, 1), r.triangular(1, 2, 1.5), r.triangular(5, 1))
print(r.randbytes(0), r.randbytes(5), r.getrandbits(32), r.getrandbits(64), r.getrandbits(1000) >> 990)
print(r.randint(-3, -3), r.randint(True, 3), r.randrange(True, 10, 2))
r.seed(0)
a = r.random()
r.seed(-0)
print(a == r.random(), Random(2**64 - 1).random(), Random(-(2**64 - 1)).random(), Random(2**64).random())
print(Random(0.5).random(), Random(-0.5).random(), Random(2.0).random() == Random(2).random())
print(Random(float('inf')).random(), Random(-1).random() == Random(1).random())


class Dice(Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(6)
print([d.roll() for _ in range(15)], isinstance(d, Random))
lst = [[i] for i in range(8)]
Random(1).shuffle(lst)
print(lst)
t = Random(2)
print([t.gauss(5, 0.1) for _ in range(3)], t.getstate()[2])
t.seed(2)
print(t.getstate()[2], [round(t.expovariate(0.5), 6) for _ in range(4)])
print([round(Random(k).betavariate(0.5, 0.5), 12) for k in range(4)])
print([round(Random(k).gammavariate(0.3, 2), 12) for k in range(4)])
