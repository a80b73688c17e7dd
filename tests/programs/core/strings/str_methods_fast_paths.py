# Edges of the str method fast paths: ASCII vs non-ASCII, empty and
# overlapping patterns, maxsplit, Python's whitespace set, huge counts.
ws = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
print(("a" + ws + "b" + ws).split())
print(("a\x1cb c\x85d\u3000e\xa0f").split())
print(" a b  c  ".split(None, 1), " a b  c  ".split(None, 0), "".split(), "   ".split())
print("  é ü  ñ ".split(None, 1), " é\x1fü ".split())
print(("\x1c a \x1f").strip(), ("\x1c a \x1f").lstrip(), ("\x1c a \x1f").rstrip(), "\x1e".isspace())
print(" a b c ".rsplit(None, 1), "a\x1db".rsplit())
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,c".split(",", 0), "".split(","))
print("aaaa".split("aa"), "aaa".split("aa"), "abcabc".split("abc"), "xéyéz".split("é"))
print("ééé".split("é", 1), "a::b::c".split("::", -1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
# find / rfind / index / count
s = "abcabcab"
print(s.find("ab"), s.rfind("ab"), s.find("ab", 1), s.find("ab", 1, 4), s.find("ab", 4, 5), s.find("", 3), s.find("", 9))
print(s.rfind("c", 0, 5), s.find("z"), s.rfind(""), s.find("b", -3), s.index("ca"), s.rindex("bc"))
u = "ééxéé€x"
print(u.find("x"), u.rfind("x"), u.find("é", 2), u.rfind("é"), u.find("€"), u.find("x", 3, -1), u.find("é", -2))
print("aaaa".count("aa"), "aaaaa".count("aa"), "aaa".count(""), "ééé".count(""), "ééé".count("é"), "ab".count("abc"))
print("abcabc".count("b", 2), "abcabc".count("bc", 0, 5), "ééxé".count("é", 1, 3), "a".count("a", 5), "".count(""))
print(("ab" * 100000).count("ab"), ("ab" * 100000).count("ba"), ("a" * 100001).count("aa"))
# replace
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "x"), "abab".replace("ab", "ab!", 1), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "ééé".replace("é", "e"), "xéx".replace("x", "ü"), "abc".replace("z", "y"), "abc".replace("b", ""))
print("aaaa".replace("a", "b", 0), "aaaa".replace("a", "b", -1), "aaaa".replace("a", "b", 2), "".replace("", "x"))
# lower / upper
print("MiXeD 123".lower(), "MiXeD 123".upper(), "ÉCOLE".lower(), "straße".upper(), "ΣΑΣ".lower(), "İ".lower().encode())
print(len("ΣΑΣ".lower()), len("straße".upper()), "".lower() == "", "abc".upper().lower())
# join
print("-".join(["a", "é", "c"]), "".join(("x", "y")), ", ".join(iter(["1", "2"])), "é".join("abc"), len("€".join(["é"] * 5)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError", e)
j = "-".join(["ab", "cd"])
print(j, len(j), j[3], j.find("c"))
# startswith / endswith with bounds
print("abcdef".startswith("cd", 2), "abcdef".endswith("cd", 0, 4), "éabc".startswith("ab", 1), "éabc".endswith("é", 0, 1))
