# Builtins that take no keyword arguments, or only some, reject the others
# with CPython's messages; the ones they take still work.


def show(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError", e)


show("len", lambda: len([1], x=1))
show("isinstance", lambda: isinstance(1, int, x=1))
show("getattr", lambda: getattr(1, "real", default=0))
show("list", lambda: list(iterable=[1]))
show("tuple", lambda: tuple(x=1))
show("set", lambda: set(x=1))
show("frozenset", lambda: frozenset(x=1))
show("range", lambda: range(stop=3))
show("float", lambda: float(x="1"))
show("map", lambda: map(func=str, iterable=[1]))


class Row(list):
    pass


show("list subclass", lambda: Row(x=1))
show("int bad", lambda: int("5", bse=10))
show("int base", lambda: int("11", base=2))
show("print bad", lambda: print("x", ends=""))
show("sorted bad", lambda: sorted([2, 1], rev=True))
show("sorted ok", lambda: sorted([2, 1], reverse=True))
show("list.index", lambda: [1, 2].index(2, start=0))
show("dict.get", lambda: {}.get("k", default=0))
show("dict.update", lambda: (lambda d: (d.update(a=1), d)[1])({}))
show("str.join", lambda: ",".join(iterable=["a"]))
show("str.split bad", lambda: "a b".split(separator=" "))
show("str.split ok", lambda: "a,b,c".split(sep=",", maxsplit=1))
show("str.format", lambda: "{x}-{0}".format(1, x=2))
show("str.replace", lambda: "aa".replace("a", "b", count=1))
show("list.sort", lambda: (lambda l: (l.sort(key=abs, reverse=True), l)[1])([1, -3, 2]))
show("unbound", lambda: list.index([1], 1, start=0))
show("pow kw", lambda: pow(base=2, exp=10, mod=1000))
show("pow bad", lambda: pow(2, 3, modulo=5))
show("str object kw", lambda: (str(object=5), str(object=b"ab"), str(b"ab", encoding="ascii"), str(object=b"\xc3\xa9", encoding="utf-8")))
show("str no args", lambda: str())
show("str bad kw", lambda: str(obj=1))
