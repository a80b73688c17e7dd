def counter(name, n):
    for i in range(n):
        print(name, "yields", i)
        yield i


a = counter("a", 3)
b = counter("b", 3)
print(next(a))
print(next(b))
print(next(a))
print(next(b))
print(list(a))
print(next(b))
print(next(b, "b done"))


def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)


print(list(interleave(iter("abc"), iter([1, 2]), iter("XYZW"))))
shared = counter("s", 4)
pairs = list(zip(shared, shared))
print(pairs)


def gen_locals(x):
    y = x * 2
    yield y
    y += 1
    yield y


g1, g2 = gen_locals(1), gen_locals(10)
print(next(g1), next(g2), next(g1), next(g2))
