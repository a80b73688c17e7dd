# Argument type errors print None as "None" where CPython's argument
# checking does (encode, replace, format, ...) and "NoneType" where the
# method builds its own message (find, count, fill characters).
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("encode enc", lambda: "x".encode(None))
show("encode errors", lambda: "x".encode("utf-8", None))
show("decode enc", lambda: b"x".decode(None))
show("str enc", lambda: str(b"x", None))
show("bytes enc", lambda: bytes("a", None))
show("fromhex", lambda: bytes.fromhex(None))
show("fromhex int", lambda: bytes.fromhex(5))
show("to_bytes", lambda: (1).to_bytes(1, None))
show("format", lambda: format(1, None))
show("format int", lambda: format(1, 2))
show("import", lambda: __import__(None))
show("import int", lambda: __import__(1))
show("type", lambda: type(None, (), {}))
show("replace", lambda: "a".replace(None, "b"))
show("replace 2", lambda: "a".replace("a", 1))
show("removeprefix", lambda: "a".removeprefix(None))
show("removesuffix", lambda: "a".removesuffix(2.5))
show("maketrans", lambda: str.maketrans("a", None))
show("count", lambda: "a".count(None))
show("count int", lambda: "a".count(1))
show("find", lambda: "a".find(None))
show("index", lambda: "a".index(1))
show("center fill", lambda: "a".center(3, None))
show("center fill int", lambda: "a".center(3, 1))
show("center fill long", lambda: "a".center(3, "ab"))
show("ljust fill", lambda: "a".ljust(3, b"x"))
show("rjust fill", lambda: "a".rjust(3, "é"))
show("center ok", lambda: "a".center(4, "*"))
