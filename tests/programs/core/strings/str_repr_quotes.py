tests = ["hello", "it's", 'say "hi"', "both ' and \"", "", "'", '"', "''", '""',
         "a\\b", "tab\t", "new\nline", "\r\n", "caf\u00e9", "\x00\x01", "x" * 3,
         "it's \"quoted\"", "'\"'", " ", "\u2603"]
for t in tests:
    print(repr(t))
print([ "a'b", 'c"d', "e" ])
print(("x",), {"k'": "v\""})
print(str("it's"), repr(repr("it's")))
print(repr(repr('a"b')))
print(repr("\\'"))
for s in ["x'y", 'x"y', "x'y\"z", "\\", "\t'", "é'\""]:
    r = repr(s)
    print(r, len(r), r[0], r[-1])
print(str(["it's"]), str(('say "x"',)))
print(repr("'" * 3), repr('"' * 3))
print(repr("a'b" + 'c"d'))
print(repr("\x00'"), repr('"\x7f'))
quoted = "He said \"it's\""
print(quoted)
print(repr(quoted))
print(len(quoted), quoted[8], repr(quoted[8]))
