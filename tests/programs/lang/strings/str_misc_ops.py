s = "Hello, World"
print(len(s), s[0], s[-1], s[7:], s[:5], s[::-1], s[::3])
print(s * 2, "-" * 10, 3 * "ab")
print(s + "!", "" + "", "a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc")
print(ord("A"), chr(97), ord("€"), chr(8364))
print(str(42), str(3.5), str(True), str(None), str([1, "x"]))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("new\nline\t"))
print(repr("\\back"), repr("\x00"), repr("é"), ascii("é"))
print(list("abc"), tuple("ab"), sorted("cba"))
print("-".join(reversed("abc")))
print(max("hello"), min("hello"), "l" * "hello".count("l"))
print("abc" == "abc", s is not None, "a" in "abc")
print(str.upper("x"), "x".__len__(), "ab".__add__("cd"))
print(int("  42 "), int("-7"), int("ff", 16), int("0b101", 0), float("1e3"), float(" 2.5 "))
print(str(1e16), str(1e15), str(0.1 + 0.2), str(1 / 3), str(-0.0), str(2.0))
print(repr(1e-5), repr(123456789.0), repr(1.5e300 * 1e10))
print("%s" % "x", "a" "b" "c")
print("multi\
line")
raw = r"raw\nstring"
print(raw, len(raw))
print("""triple
quoted""")
