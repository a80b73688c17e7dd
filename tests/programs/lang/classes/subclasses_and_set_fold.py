# cls.__subclasses__() lists direct subclasses in creation order; set.union and
# friends called re-entrantly from the generator they consume keep their results apart.
class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__(), bool in int.__subclasses__())


def all_subclasses(cls):
    return set(cls.__subclasses__()).union(s for c in cls.__subclasses__() for s in all_subclasses(c))


print(sorted(c.__name__ for c in all_subclasses(A)))


def rec(n):
    if n == 0:
        return {0}
    return {n}.union(s for c in [n - 1] for s in rec(c)).intersection(range(100), (x for x in rec(n - 1) | {n}))


print(sorted(rec(6)), sorted(frozenset([1]).union(x for x in {2, 3}.difference(y for y in [3]))))
