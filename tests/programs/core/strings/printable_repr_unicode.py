# isprintable and the characters repr() escapes follow CPython 3.11's tables
# (unassigned, format, private-use and separator characters are escaped).
for s in ["\u0378", "\xad", "\u200b", "a\u0300", "\U000e0001", "\U0001f600", "\ue000", "\u3000", "\u00a0", "\u2028"]:
    print(repr(s), ascii(s), s.isprintable())
count = sum(1 for cp in range(0x2000) if chr(cp).isprintable())
print(count, [hex(cp) for cp in range(0x370, 0x3a0) if not chr(cp).isprintable()])
