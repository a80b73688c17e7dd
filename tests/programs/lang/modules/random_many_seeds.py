# random: many seeds and long runs (crossing many twists) match CPython exactly.
import random

total = 0
for s in range(300):
    r = random.Random(s * 7919 - 1000)
    xs = [r.random() for _ in range(20)]
    ks = [r.randint(-50, 50) for _ in range(20)]
    total += sum(ks)
    if s % 30 == 0:
        print(s, xs[0], xs[-1], ks[:5], r.getrandbits(64))

r = random.Random(123456789)
acc = 0.0
for i in range(20000):
    acc += r.random()
    if i % 4999 == 0:
        print(i, repr(acc))
print(total, r.getrandbits(1000) % 1000003)
print(sorted(r.sample(range(10**6), 50))[:10])
deck = [(v, s) for v in range(13) for s in 'SHDC']
for _ in range(50):
    r.shuffle(deck)
print(deck[:8])
