# str/bytes/bytearray.expandtabs: columns restart at newlines; tabsize <= 0 drops tabs.
for s in ["a\tb", "\t", "ab\tcd\tef", "x\ny\tz", "12345678\t9", "a\r\tb", ""]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(tabsize=0)), repr(s.expandtabs(-1)))
    b = s.encode()
    print(b.expandtabs(), bytearray(b).expandtabs(3))
print("expandtabs" in dir(str), "expandtabs" in dir(bytes))
try:
    "a".expandtabs(1, 2)
except TypeError as e:
    print(e)
