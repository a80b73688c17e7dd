# random: seeded generators must reproduce CPython's exact numbers.
import random

for s in [0, 1, 42, -42, 12345, 2**32, 2**32 - 1, 2**100 + 7, -(3**90), True, 1.5, -2.25, 0.1, 1e300]:
    r = random.Random(s)
    print(repr(s), [r.random() for _ in range(3)], r.getrandbits(1), r.getrandbits(31), r.getrandbits(32),
          r.getrandbits(33), r.getrandbits(100), r.getrandbits(0))

for s in ['', 'hello', 'x' * 200, 'héllo wörld', b'bytes seed', bytearray(b'\x00\xff' * 70)]:
    r = random.Random(s)
    print(repr(s)[:40], r.random(), r.randrange(10**20))

r = random.Random('legacy')
r.seed('legacy', version=1)
print('v1 str', r.random())
r.seed(b'legacy', version=1)
print('v1 bytes', r.random())

random.seed(2024)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(30)])
print([random.randrange(100) for _ in range(10)], [random.randrange(5, 500, 7) for _ in range(10)])
print([random.randrange(100, -100, -3) for _ in range(10)], random.randrange(2**70))
print([random.choice('abcdefg') for _ in range(20)], random.choice([10, 20, 30]))
lst = list(range(20))
random.shuffle(lst)
print(lst)
print(random.sample(range(100), 10), random.sample(range(10000), 30), random.sample('abcdef', 6))
print(random.sample(['a', 'b', 'c'], 5, counts=[3, 1, 2]))
print(random.choices('abc', k=10), random.choices(range(5), [5, 1, 1, 1, 10], k=8))
print(random.choices(['x', 'y', 'z'], cum_weights=[1, 1.5, 9], k=6), random.choices([1, 2]))
print(random.uniform(1, 10), random.uniform(-5.5, 0), random.triangular(), random.triangular(0, 10, 8))
print(random.triangular(3, 3, 3))
print([random.gauss() for _ in range(5)], random.gauss(10, 2))
print([random.normalvariate(0, 1) for _ in range(5)], random.normalvariate(100, 15))
print(random.expovariate(1.5), random.lognormvariate(0, 0.5), random.vonmisesvariate(1.0, 4.0))
print(random.vonmisesvariate(0.5, 0), random.gammavariate(2.5, 1.0), random.gammavariate(1.0, 2.0))
print(random.gammavariate(0.5, 3.0), random.betavariate(2, 5), random.paretovariate(3))
print(random.weibullvariate(1.0, 1.5), random.randbytes(10), random.getrandbits(200))

state = random.getstate()
a = [random.random() for _ in range(700)]
random.setstate(state)
b = [random.random() for _ in range(700)]
print(a == b, state[0], len(state[1]), state[1][-1], state[2])
random.gauss()
st = random.getstate()
print(st[2] is not None, random.gauss() == st[2])

r1, r2 = random.Random(7), random.Random(7)
r1.random()
print(r1.random() == r2.random(), r2.random() == random.Random(7).random())
r2.seed(7)
print([r2.randint(0, 9) for _ in range(2000)].count(3))

class MyRandom(random.Random):
    pass

m = MyRandom(99)
print(type(m).__name__, m.random(), m.choice(range(1000)))

for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.randrange(10, 1, 2), lambda: random.randrange(1.5), lambda: random.choice([]),
            lambda: random.sample(range(3), 4), lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1),
            lambda: random.choices('ab', [1, 2], cum_weights=[1, 2]), lambda: random.choices('ab', 3),
            lambda: random.choices('ab', [0, 0]), lambda: random.choices('ab', [1]),
            lambda: random.seed([1, 2]), lambda: random.setstate((2, (), None)),
            lambda: random.setstate((3, (1, 2), None)), lambda: random.randrange(1, step=2),
            lambda: random.gammavariate(0, 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

random.seed()
x = random.random()
print(0.0 <= x < 1.0, 1 <= random.randint(1, 3) <= 3)
