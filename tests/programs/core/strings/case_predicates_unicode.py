# isupper/islower/istitle/swapcase follow CPython 3.11's Unicode case tables
# (title-case letters break isupper/islower; newer Unicode characters are uncased).
samples = ["HALLO", "hallo", "Hallo", "A\u01c5", "\u01c5", "a\u01c5", "\u1c89", "\u0295", "\U0001f431 CAT", "\U0001f431 cat",
           "\u2160", "\u2170", "\u24b6", "\u24d0", "\u02b0", "\u00aa", "\u1d2c", "A1", "1a", "ΣΙΓΜΑ", "σ", "\u10d0", "\u1c90", "\uab70"]
for s in samples:
    print(ascii(s), s.isupper(), s.islower(), s.istitle(), ascii(s.swapcase()))
