def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))


def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_safe(1))
print(append_safe(2))
print(append_to.__defaults__)
counter = 10


def default_evaluated_once(x=counter):
    return x


counter = 20
print(default_evaluated_once())
calls = []


def make_default():
    calls.append("made")
    return len(calls)


def uses_default(v=make_default()):
    return v


print(uses_default(), uses_default(), calls)


def memo(n, cache={}):
    if n in cache:
        return cache[n]
    r = n if n < 2 else memo(n - 1) + memo(n - 2)
    cache[n] = r
    return r


print(memo(30), len(memo.__defaults__[0]))
