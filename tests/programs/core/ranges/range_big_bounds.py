# range() with bounds beyond 64-bit ints: len, indexing, slicing, in,
# index/count, iteration, reversed, equality and hashing, repr, attributes.
big = 2**70
rs = [range(big, big + 5), range(-big, -big + 10, 3), range(big + 10, big, -4), range(0, big, big // 4),
      range(big), range(big, 0), range(-big, big, big), range(2**64, 2**64 + 3)]
for r in rs:
    print(repr(r), r.start, r.stop, r.step, bool(r), type(r).__name__, isinstance(r, range))
    try:
        print(' len', len(r))
    except OverflowError as e:
        print(' OverflowError', e)
    if r and len(range(0)) == 0:
        print(' first', r[0], 'last', r[-1])
    print(' head', list(r[:3]), 'rev head', list(r[::-1][:3]))

r = range(big, big + 20, 3)
print(list(r), list(reversed(r)), sum(r), max(r), min(r))
print(big + 3 in r, big + 4 in r, big + 21 in r, big - 3 in r, 5 in r, float(big) in r, 'x' in r)
print(r.index(big + 9), r.count(big + 9), r.count(big + 10), r.count(float(big)))
try:
    r.index(big + 1)
except ValueError as e:
    print('ValueError', e)
try:
    r.index('x')
except ValueError as e:
    print('ValueError', e)
print(r[2], r[-2], r[1:5], r[::2], r[5:1:-1], r[-100:100], list(r[10:]))
try:
    r[7]
except IndexError as e:
    print('IndexError', e)
try:
    r['a']
except TypeError as e:
    print('TypeError', e)
try:
    r[1:2:0]
except ValueError as e:
    print('ValueError', e)

# Slices of huge ranges are computed with big ints; small results are plain ranges.
h = range(0, 10**30, 7)
print(h[10**25], h[-1], h[10**27:10**27 + 3], list(h[5:8]), len(h[10**28:10**28 + 10]))
print(10**29 * 7 in h, 10**29 * 7 + 1 in h, h.index(7 * 10**20))
try:
    len(h)
except OverflowError as e:
    print('OverflowError', e)

# Equality and hashing agree with small ranges.
print(range(big, 0) == range(0), hash(range(big, 0)) == hash(range(0)))
print(range(big, big + 1) == range(big, big + 1, 5), hash(range(big, big + 1)) == hash(range(big, big + 1, 5)))
print(range(big, big + 10, 2) == range(big, big + 9, 2), range(big, big + 10) == range(big, big + 10, 2))
print(range(big) != range(big + 1), {range(big, big + 2): 'a'}[range(big, big + 2)])
it = iter(range(big, big + 2))
print(next(it), next(it), next(it, 'done'))
try:
    range(big, big + 5, 0)
except ValueError as e:
    print('ValueError', e)
print(range(big).__reduce__()[1], [x - big for x in range(big, big + 3)])
