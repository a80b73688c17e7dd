words = ["a", "abc", "hello", "longer text"]
for w in words:
    print("[" + w.ljust(8) + "]", "[" + w.rjust(8) + "]", "[" + w.center(8) + "]")
print(repr("x".ljust(5, "-")), repr("x".rjust(5, "*")), repr("x".center(6, ".")))
print(repr("ab".center(5, "#")), repr("ab".center(6, "#")), repr("abc".center(6, "=")))
print(repr("abc".center(2)), repr("abc".ljust(0)), repr("".center(4, "+")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print("".zfill(3), "-".zfill(3))
table = [("name", "qty", "price"), ("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for row in table:
    print(str(row[0]).ljust(8) + str(row[1]).rjust(5) + str(row[2]).rjust(8))
print("title".center(21, "~"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("|".join(s.center(3) for s in "xyz"))
for n in [1, 22, 333]:
    print(str(n).rjust(5, "0"), str(n).ljust(5, "."))
print(repr("tab\there".ljust(12)))
