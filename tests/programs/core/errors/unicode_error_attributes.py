# UnicodeDecodeError/UnicodeEncodeError carry (encoding, object, start, end, reason)
# as args and attributes, and str() builds the message from them.
def show(f):
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, "|", e, "|", e.encoding, e.object, e.start, e.end, e.reason, e.args[2:])
show(lambda: b"   \xff".decode("ascii"))
show(lambda: b"ab\xc3".decode("utf-8"))
show(lambda: b"\xff\xfe\xfd".decode("utf-8"))
show(lambda: "caf\xe9!".encode("ascii"))
show(lambda: "x\u20ac\u20acy".encode("latin-1"))
show(lambda: str(b"\x80", "ascii"))
e = UnicodeDecodeError("ascii", b"\x00\x81", 1, 2, "custom reason")
print(e, e.start, repr(e.object))
e = UnicodeEncodeError("ascii", "a\U0001f600", 1, 2, "nope")
print(e, e.end)
e = UnicodeDecodeError("utf-8", b"abcd", 0, 3, "several")
print(e)
print(str(UnicodeError("plain")), UnicodeError("plain").args)
