# reversed() gives range_iterator for ranges (walked from the last item), list_reverseiterator
# for lists and a `reversed` object for other sequences.
print(reversed, type(reversed([])).__name__, type(reversed(())).__name__, type(reversed('ab')).__name__, type(reversed(b'ab')).__name__)
print(type(reversed(range(3))).__name__, list(reversed(range(3))), list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed(range(5, 1))))
print(list(reversed(range(-2**62, 2**62, 2**61))), list(reversed('héllo')), list(reversed(b'ab')), list(reversed(bytearray(b'xy'))))
class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        print("get", i)
        return i * 10
r = reversed(S())
print(type(r).__name__, list(r), isinstance(reversed((1,)), reversed), list(reversed({1: 2, 3: 4})))
it = reversed(range(4)); next(it); print(list(it))
def f(n):
    t = 0
    for i in reversed(range(n)):
        t = t * 3 + i
        t %= 1000003
    return t
def g(a, b, s):
    out = 0
    for i in reversed(range(a, b, s)):
        out += i
    return out
for k in range(300):
    r = f(200)
    q = g(-50, 900, 7) + g(900, -50, -13) + g(5, 5, 1)
print(r, q, list(reversed(range(3, 30, 4))))
