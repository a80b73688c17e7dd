words = ["hello", "HELLO", "Hello", "123", "abc123", "", " ", " \t\n", "ABC DEF", "abc def",
         "\u00e9t\u00e9", "\u00c9T\u00c9", "42abc", "x", "X", "_", "a_b", "\u0663"]
for w in words:
    print(repr(w), w.isdigit(), w.isalpha(), w.isspace(), w.isupper(), w.islower())
for w in words[:10]:
    print(repr(w.upper()), repr(w.lower()))
print("MiXeD 123 CaSe!".lower(), "MiXeD 123 CaSe!".upper())
print("123".isupper(), "A1".isupper(), "a1".islower())
for s in ["Hello World", "UPPER CASE 1", "lower case 2", "MiXeD", "123", "  "]:
    print(repr(s), s.upper(), s.lower(), s.isupper(), s.islower())
print("ABC".lower().upper(), "abc".upper().lower())
print("A1B2".isupper(), "a1b2".islower(), "1".isdigit(), "1.5".isdigit(), "-1".isdigit())
print("abc".isalpha(), "ab c".isalpha(), "ab1".isalpha(), "".isalpha())
print(" \t\n".isspace(), "".isspace(), " a ".isspace())
digits_only = [s for s in ["12", "a1", "", "007", "4 5"] if s.isdigit()]
print(digits_only)
letters = "".join([c for c in "h3ll0 w0rld!" if c.isalpha()])
print(letters)
print(sum([1 for c in "Hello World" if c.isupper()]), sum([1 for c in "Hello World" if c.islower()]))
print([c.isspace() for c in "a b\tc"])
