# functools and itertools.
import functools
import itertools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering
from itertools import (count, cycle, repeat, chain, islice, accumulate, product, permutations,
                       combinations, combinations_with_replacement, zip_longest, groupby,
                       starmap, takewhile, dropwhile, filterfalse, compress, pairwise, tee)

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
p = partial(int, base=2)
print(p("101"), p.args, p.keywords, partial(partial(max, 1), 5)(3))


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k) * 2
    return inner


@deco
def doubled(x):
    """doc"""
    return x + 1


print(doubled(3), doubled.__name__, doubled.__doc__, doubled.__wrapped__(3))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache
def sq(x):
    return x * x


@cache
def cube(x):
    return x ** 3


print(sq(4), sq(4), sq.cache_info(), cube(3), cube.cache_info().hits)


@lru_cache(maxsize=2)
def ident(x):
    return x


for v in [1, 2, 1, 3, 2]:
    ident(v)
print(ident.cache_info())

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(2) >= V(2), V(3) > V(1), V(1) > V(3))

print(list(islice(count(5, 2), 4)), list(islice(cycle("ab"), 5)), list(repeat(7, 3)))
print(list(chain([1], (2, 3), "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(range(10), 2, 8, 3)), list(islice("abcdef", None, 3)), list(islice([], 1)))
for bad in [(-1,), (1, -2), (0, 5, 0), ("x",)]:
    try:
        islice(range(5), *bad)
    except ValueError as e:
        print(e)
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 2], max)), list(accumulate([1, 2], initial=10)))
print(list(product("ab", range(2))), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
print(list(combinations(range(4), 2)), list(combinations_with_replacement("ab", 2)))
print(list(zip_longest("abc", [1], fillvalue="-")))
print([(k, list(g)) for k, g in groupby("aabbbcaa")], [k for k, _ in groupby([1, 1, 2])])
print([(k, len(list(g))) for k, g in groupby(["apple", "avocado", "banana"], key=lambda w: w[0])])
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(filterfalse(None, [0, 1, "", "a"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(pairwise("abcd")))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), functools.reduce is reduce, itertools.count is count)
