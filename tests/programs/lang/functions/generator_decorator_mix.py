def logged_gen(func):
    def wrapper(*args):
        print("starting", func.__name__, args)
        for v in func(*args):
            print(" ", func.__name__, "->", v)
            yield v
        print("finished", func.__name__)
    return wrapper


@logged_gen
def evens(n):
    for i in range(0, n, 2):
        yield i


print(list(evens(7)))


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def slow_square(n):
    print("computing", n)
    return n * n


print(slow_square(4), slow_square(4), slow_square(5))
print(sorted(slow_square.cache.items()))


def make_stateful():
    state = {"calls": 0}

    def call():
        state["calls"] += 1
        return state["calls"]
    return call


c1, c2 = make_stateful(), make_stateful()
print(c1(), c1(), c2(), c1())
