def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), f(*[4, 5]), f(*"ab", *range(2)))
def g(**kwargs):
    return kwargs
print(g(), g(a=1), g(b=2, a=1), g(**{"x": 1}, y=2))
def h(a, b=0, *args, **kwargs):
    return [a, b, args, kwargs]
print(h(1))
print(h(1, 2, 3, 4))
print(h(1, 2, 3, k="v"))
print(h(a=5, z=6))
print(h(*[1, 2, 3], **{"m": 1, "n": 2}))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, start=100), total(start=5))
def kwonly(a, *, b, c=3):
    return (a, b, c)
print(kwonly(1, b=2), kwonly(1, c=5, b=4), kwonly(a=0, b=0))
def star_only(*, key):
    return key
print(star_only(key="k"))
def count_kw(**kw):
    return len(kw), sorted(kw)
print(count_kw(z=1, a=2, m=3))
args = (1, 2)
kw = {"c": 3}
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, **kw), three(*args, c=9), three(1, *[2, 3]), three(*[1], *[2], *[3]))
def passthrough(*args, **kwargs):
    return three(*args, **kwargs)
print(passthrough(4, 5, 6), passthrough(4, c=6, b=5))
print(max(*[3, 9, 2]), min(*"zyx"), print(*[1, 2, 3], sep="-"))
def ordered_kwargs(**kw):
    return list(kw.items())
print(ordered_kwargs(z=1, y=2, x=3))
