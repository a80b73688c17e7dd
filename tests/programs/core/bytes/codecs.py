# str.encode / bytes.decode
print("hello".encode(), "héllo".encode(), "héllo".encode("utf-8"), "€".encode("UTF8"))
print("abc".encode("ascii"), "café".encode("latin-1"), "café".encode("latin1"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(bytes("héllo", "utf-8"), bytearray("ab", "ascii"), str(b"hi", "ascii"), str(b"caf\xc3\xa9", encoding="utf-8"))
print("日本".encode(), b"\xe6\x97\xa5\xe6\x9c\xac".decode(), "😀".encode())
print("aéb€".encode("ascii", "replace"), "aéb€".encode("ascii", "ignore"))
print("aé".encode("ascii", "backslashreplace"), "aé".encode("ascii", "xmlcharrefreplace"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"), b"a\xffb".decode(errors="backslashreplace"))
print(b"\xe4\xb8".decode("utf-8", "replace"), len(b"\xf0\x9f\x98".decode("utf-8", "replace")))
for s in ["é", "aéé", "x€y", "😀"]:
    for enc in ["ascii", "latin-1"]:
        try:
            print(s.encode(enc))
        except UnicodeEncodeError as e:
            print(type(e).__name__, e)
for b in [b"\xff", b"ab\xe4\xb8", b"\xe4x", b"\xe4\xb8x", b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"ok\x80"]:
    for enc in ["utf-8", "ascii"]:
        try:
            print(b.decode(enc))
        except UnicodeDecodeError as e:
            print(type(e).__name__, e)
for args in [("nope",), ("utf-8", "nope")]:
    try:
        "x".encode(*args)
    except LookupError as e:
        print(type(e).__name__, e)
    try:
        b"x".decode(*args)
    except LookupError as e:
        print(type(e).__name__, e)
try:
    b"\xff".decode()
except ValueError as e:
    print("caught as ValueError:", isinstance(e, UnicodeError))
