# Subclasses of str, bytes, set and frozenset with builtins: membership,
# ord, bytes(), reprs naming the subclass, error messages naming it.


class Name(str):
    pass


class Blob(bytes):
    pass


class Tags(set):
    pass


class Frozen(frozenset):
    pass


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("in str", lambda: Name("bc") in "abcd")
show("in sub", lambda: "z" in Name("abc"))
show("in both", lambda: Name("a") in Name("cat"))
show("ord", lambda: ord(Name("x")))
show("ord long", lambda: ord(Name("xy")))
show("ord bytes", lambda: ord(Blob(b"A")))
show("bytes enc", lambda: bytes(Name("h\u00e9"), "utf-8"))
show("bytes no enc", lambda: bytes(Name("abc")))
show("bytearray enc", lambda: bytearray(Name("xy"), "ascii"))
show("tags", lambda: Tags([3]))
show("empty tags", lambda: Tags())
show("frozen", lambda: Frozen([1]))
show("empty frozen", lambda: Frozen())
show("str tags", lambda: str(Tags([2])))
show("format", lambda: "{} {!r}".format(Tags([1]), Frozen([2])))
show("reversed set", lambda: reversed(Tags([1])))
show("int of list subclass", lambda: int(type("Row", (list,), {})([1])))
show("float of tuple subclass", lambda: float(type("Pair", (tuple,), {})((1, 2))))
show("float of str subclass", lambda: float(Name("2.5")))
show("int of str subclass", lambda: int(Name("42")))
