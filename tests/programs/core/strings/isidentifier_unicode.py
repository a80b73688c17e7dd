# str.isidentifier follows XID_Start/XID_Continue (plus "_") as CPython 3.11 has them.
for s in ["x", "_", "_1", "1x", "", "a b", "a\u0301", "a\u00b7", "\u00b7a", "\u2118", "\u0660x", "x\u0660",
          "\u212e", "\u309b", "\u1885", "\U0001d400", "\U0001f600", "caf\xe9", "\u0915\u093f", "$x", "a-b"]:
    print(ascii(s), s.isidentifier())
