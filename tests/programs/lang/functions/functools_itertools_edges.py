# functools (reduce, partial, lru_cache keys and cache_info, cache, wraps, cmp_to_key, total_ordering) and itertools edge cases.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import functools, itertools, operator
t(lambda: functools.reduce(operator.add, []))
t(lambda: functools.reduce(operator.add, [], 0))
t(lambda: functools.reduce(lambda a,b: a*b, range(1,6)))
p = functools.partial(int, base=2)
t(lambda: p('101'))
t(lambda: repr(p))
p2 = functools.partial(p, '11')
t(lambda: (p2(), p2.func, p2.args, p2.keywords))
@functools.lru_cache(maxsize=2)
def f(x):
    print('call', x)
    return x * 2
t(lambda: [f(1), f(2), f(1), f(3), f(2)])
t(lambda: f.cache_info())
f.cache_clear()
t(lambda: f.cache_info())
@functools.lru_cache
def g(x): return x
t(lambda: (g(1), g(1.0), g.cache_info()))
@functools.cache
def h(n): return n if n < 2 else h(n-1) + h(n-2)
t(lambda: h(50))
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w
@deco
def documented(a):
    "doc here"
    return a
t(lambda: (documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__))
t(lambda: sorted([3,1,2], key=functools.cmp_to_key(lambda a,b: b-a)))
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
t(lambda: (V(1) <= V(2), V(3) >= V(2), V(1) > V(2)))
t(lambda: list(itertools.accumulate([1,2,3,4])))
t(lambda: list(itertools.accumulate([1,2,3,4], operator.mul, initial=10)))
t(lambda: list(itertools.chain.from_iterable(['ab', 'cd'])))
t(lambda: list(itertools.combinations('abcd', 2)))
t(lambda: list(itertools.combinations_with_replacement('abc', 2)))
t(lambda: list(itertools.permutations('abc', 2)))
t(lambda: list(itertools.product('ab', repeat=2)))
t(lambda: list(itertools.product('ab', [1,2])))
t(lambda: list(itertools.islice(itertools.count(5, 2), 3)))
t(lambda: list(itertools.islice('abcdefg', 1, None, 2)))
t(lambda: list(itertools.islice('abc', -1)))
t(lambda: [(k, list(g)) for k, g in itertools.groupby('aabbbc')])
t(lambda: [(k, list(g)) for k, g in itertools.groupby([1,2,3,4,5], key=lambda x: x//2)])
t(lambda: list(itertools.zip_longest('abc', 'x', fillvalue='-')))
t(lambda: list(itertools.takewhile(lambda x: x<3, [1,2,3,1])))
t(lambda: list(itertools.dropwhile(lambda x: x<3, [1,2,3,1])))
t(lambda: list(itertools.filterfalse(None, [0,1,2,0])))
t(lambda: list(itertools.compress('abcdef', [1,0,1,0,1])))
t(lambda: list(itertools.starmap(pow, [(2,3),(3,2)])))
t(lambda: [list(x) for x in itertools.tee([1,2,3], 2)])
t(lambda: list(itertools.repeat('x', 3)))
t(lambda: repr(itertools.repeat('x', 3)))
t(lambda: repr(itertools.count(3)))
t(lambda: list(itertools.pairwise('abcd')))
t(lambda: list(itertools.islice(itertools.cycle('ab'), 5)))
t(lambda: next(itertools.count(1.5, 0.5)))
t(lambda: list(itertools.permutations(range(3))))
t(lambda: list(itertools.combinations(range(3), 5)))
t(lambda: list(itertools.product()))
t(lambda: itertools.islice('abc', -1))
t(lambda: functools.reduce(operator.add, [1], ))
t(lambda: functools.partial(print, sep='-').keywords)
t(lambda: repr(functools.partial(max, 1, key=abs)))
