# Unicode errors made by a program: their fields and CPython's wording of str().
cases = [
    UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"),
    UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"),
    UnicodeEncodeError("ascii", "h\u00e9llo", 1, 2, "ordinal not in range(128)"),
    UnicodeEncodeError("ascii", "\u2603\u2603", 0, 2, "nope"),
    UnicodeEncodeError("latin-1", "\U0001f600", 0, 1, "x"),
    UnicodeEncodeError("ascii", "\u2603", 0, 1, "snow"),
    UnicodeTranslateError("\u00e9", 0, 1, "untranslatable"),
    UnicodeTranslateError("abc", 0, 3, "many"),

]
for e in cases:
    print(type(e).__name__, str(e), repr(e.reason), e.start, e.end, repr(e.object))
    print("  ", getattr(e, "encoding", "-"), e.args[-1])
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(str(e))
try:
    "\u00e9".encode("ascii")
except UnicodeEncodeError as e:
    print(str(e))
print(str(UnicodeError("plain")), str(UnicodeDecodeError.__mro__[1].__name__))
