def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))


print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(a=0, c=1, d=2, z=3))
args = (10, 20, 30)
kw = {"c": "C", "x": "X"}
print(f(*args, **kw))


def pos_only(x, y, /, z):
    return x + y + z


print(pos_only(1, 2, 3), pos_only(1, 2, z=3))
try:
    pos_only(1, y=2, z=3)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, c=2, a=3)
except TypeError as e:
    print(e)


def kw_only(*, name, value=0):
    return name, value


print(kw_only(name="n"))
try:
    kw_only("n")
except TypeError as e:
    print(e)


def star(*args):
    return args


print(star(), star(1), star(*[1, 2], *(3,)))
print({**{"a": 1}, "b": 2, **{"a": 3}})
first, *middle, last = range(6)
print(first, middle, last)
print(f.__name__, f.__defaults__, f.__kwdefaults__)
