# The unicode_escape codec: encoding with backslash escapes, decoding escapes
# (octal, \x, \u, \U, line continuations, unknown escapes kept) and its errors.
for s in ["plain", "tab\there\nnl\\back", "caf\xe9 \u20ac \U0001f600", "quote'\"", "\x00\x7f\x1b"]:
    e = s.encode("unicode_escape")
    print(e, e.decode("unicode_escape") == s)
for b in [b"\\x41\\101\\u00e9\\U0001F600", b"a\\\nb", b"\\q\\z", b"\\N", b"\\'x\\\"", b"\xe9"]:
    try:
        print(ascii(b.decode("unicode_escape")))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
for b in [b"\\x4", b"\\u12", b"ab\\", b"\\U00110000"]:
    try:
        print(ascii(b.decode("unicode_escape")))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
print("x".encode("unicode-escape"), "x".encode("Unicode_Escape"))
