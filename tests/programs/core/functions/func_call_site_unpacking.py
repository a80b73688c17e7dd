def show(a, b, c=0, *rest, d=None, **kw):
    return f"a={a} b={b} c={c} rest={rest} d={d} kw={kw}"
print(show(1, 2))
print(show(*[1, 2, 3, 4, 5]))
print(show(*(1,), *[2], 3))
print(show(1, *range(2, 6), d="D"))
print(show(**{"a": 1, "b": 2}))
print(show(1, 2, **{"d": 4, "e": 5}))
print(show(*"xy", **{"c": "C"}, z=26))
print(show(1, **{"b": 2}, **{"c": 3}))
args = [10, 20]
kwargs = {"d": 40, "extra": 50}
print(show(*args, 30, *args, **kwargs))
def total(*nums):
    return sum(nums)
print(total(*[1, 2], *(3, 4), *range(5, 7)))
print(max(*[1, 9, 3]), min(*(4, 2, 8)))
print(*[1, 2, 3], sep=" | ")
lst = [[1, 2], [3, 4]]
print(*lst)
print(list(zip(*lst)))
def kw_only(*, x, y=2):
    return x * y
print(kw_only(**{"x": 5}), kw_only(**{"x": 5, "y": 3}))
try:
    show(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw_only(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw_only()
except TypeError as e:
    print(type(e).__name__, e)
