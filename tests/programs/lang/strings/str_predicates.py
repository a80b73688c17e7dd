tests = ["", " ", "\t\n", "abc", "ABC123", "abc 123", "123", "12.5", "-5", "_x", "é", "   x   ", "\u00a0"]
for s in tests:
    print(repr(s), s.isspace(), s.isalnum(), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isidentifier())
print("abc".startswith("ab"), "abc".startswith(("x", "a")), "abc".endswith("bc"), "abc".endswith(("c",)))
print("abc".startswith("b", 1), "abcdef".endswith("cd", 0, 4))
print("ABC".isupper(), "abc".islower(), "Abc".istitle())
print("hello".isprintable(), "a\nb".isprintable())
print("ascii".isascii(), "héllo".isascii())
words = ["Hello", "world42", "  ", "3.14", "x_y", "ABC", "MiXeD"]
for w in words:
    kinds = []
    if w.isalpha():
        kinds.append("alpha")
    if w.isdigit():
        kinds.append("digit")
    if w.isalnum():
        kinds.append("alnum")
    if w.isspace():
        kinds.append("space")
    if w.isupper():
        kinds.append("upper")
    if w.istitle():
        kinds.append("title")
    print(repr(w), kinds)
print(sum(1 for c in "a1 b2 c3" if c.isdigit()), sum(c.isalpha() for c in "a1 b2 c3"))
