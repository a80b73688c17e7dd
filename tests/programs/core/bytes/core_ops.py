# bytes/bytearray sequence operations: indexing, slicing, iteration, membership, comparisons, hashing
b = b"hello world"
print(b[0], b[-1], b[4], b[-11])
print(b[1:4], b[:5], b[6:], b[::2], b[::-1], b[-5:-1], b[100:], b[3:1])
print(list(b[:3]), [c for c in b"xyz"], tuple(b"ab"))
print(sorted(b"dcba"), max(b"az"), min(b"az"), sum(b"\x01\x02\x03"))
print(list(reversed(b"abc")), list(enumerate(b"ab")))
print(97 in b"abc", 100 in b"abc", b"bc" in b"abc", b"" in b"abc", b"ac" in b"abc")
print(bytearray(b"bc") in b"abc", b"b" in bytearray(b"abc"), 99 in bytearray(b"abc"))
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" == "abc", b"a" == 97)
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" <= b"", b"\xff" > b"\x7f")
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b")
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd")
print(b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ab" * -1, bytearray(b"z") * 3)
print(bool(b""), bool(b"\x00"), bool(bytearray()), bool(bytearray(b"a")))
print(len(b""), len(b"abc"), len(bytearray(10)))
print(hash(b""), hash(b"abc") == hash(b"abc"), hash(b"abc") == hash(b"abd") or True)
d = {b"one": 1, b"two": 2}
print(d[b"one"], b"two" in d, d.get(b"three"))
s = {b"a", b"b", b"a"}
print(len(s), b"a" in s)
print(ord(b"a"), ord(b"\xff"), ord(bytearray(b"z")), chr(b"A"[0]))
print(b"x" if b"" else b"y", b"abc".__len__() if hasattr(b"", "__len__") else 3)
for i, c in enumerate(b"hi"):
    print(i, c)
it = iter(b"ab")
print(next(it), next(it), next(it, "done"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes([1, 2, 3], "big"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print((0).to_bytes(0, "big"), (255).to_bytes(), (2**64).to_bytes(9, "big"))
print(int(b"42"), int(bytearray(b" -7 ")), float(b"2.5"))
print(list(map(len, [b"", b"a", bytearray(b"ab")])))
print(b"abc".__len__(), b"abc".__getitem__(1), b"abc".__add__(b"d"), b"abc".__contains__(97), b"ab".__eq__(b"ab"))
print(b"ab".__hash__() == hash(b"ab"), b"ab".__mul__(2), b"ab".__add__("x") if False else b"ab".__lt__(b"b"), b"a".__eq__("a"))
ba = bytearray(b"ab")
ba.__setitem__(0, 65)
ba.__iadd__(b"!")
ba.__delitem__(1)
print(ba, bytes.upper(b"up"), str.encode("enc"), bytes.decode(b"dec"))
try:
    b"a".__add__("x")
except TypeError as e:
    print(e)
try:
    bytes.upper("s")
except TypeError as e:
    print(e)
