def letters():
    yield "a"
    yield "b"


g = letters()
print(next(g, None), next(g, None), next(g, None), next(g, "zzz"))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, -1))
it2 = iter("xy")
print(next(it2), next(it2), next(it2, "end"))
print(type(iter([])).__name__, type(iter(())).__name__)
print(type(iter(range(2))).__name__, type(iter({1: 2})).__name__)
d = {"k1": 1, "k2": 2}
di = iter(d)
print(next(di), next(di), next(di, "none"))
e = enumerate("ab")
print(next(e), next(e), next(e, "done"))
z = zip([1, 2], "ab")
print(next(z), list(z))
r = reversed([1, 2, 3])
print(next(r), list(r))
m = map(str, [7, 8])
print(next(m), next(m), next(m, "m-done"))
f = filter(None, [0, 0, 5])
print(next(f), next(f, "f-done"))
calls = []


def source():
    calls.append(len(calls))
    return len(calls)


sentinel_it = iter(source, 4)
print(list(sentinel_it), calls)
print(iter(g) is g)
