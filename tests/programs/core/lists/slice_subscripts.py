# Slicing through the GetSlice instruction (no slice object for lists,
# tuples and strs) against CPython: every sequence type, user __getitem__,
# identity of full tuple slices, errors, huge and bool bounds.
class S:
    def __getitem__(self, k):
        return ("S", k.start, k.stop, k.step) if isinstance(k, slice) else k
class L(list):
    pass
a = list(range(20)); t = tuple(a); s = "hello world"; u = "héllo wörld"; b = b"bytes!"
for x in (a, t, s, u, b, L(a), range(10)):
    print(x[2:5], x[::-1], x[1::3], x[-3:], x[:-100], x[100:], x[5:2], x[5:2:-1])
print(S()[1:2], S()[::3], S()[1:2:3])
print(t[:] is t, t[0:] is t, a[:] is a)
try:
    a[::0]
except ValueError as e:
    print(e)
try:
    a["x":]
except TypeError as e:
    print(e)
try:
    n = 5
    n[1:2]
except TypeError as e:
    print(e)
print(a[2**70:], a[-2**70:3], s[True:])
