samples = ["hello world", "HELLO World", "o'neil's book", "123abc def", "mIxEd CaSe", "", "a-b c_d"]
for s in samples:
    print(repr(s), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.upper(), "|", s.lower())
print("hello".istitle(), "Hello World".istitle(), "Hello world".istitle())
print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "abc1".islower(), "123".islower())
print("straße".upper(), "ÉCOLE".lower())
print("Hello".casefold(), "ABC".casefold() == "abc")
print("first second".capitalize(), "ALL CAPS".capitalize())
print("x".upper().lower().swapcase())
print("don't stop".title())
print("42nd street".title())
names = ["alice SMITH", "bob o'connor", "CARL-JOHAN"]
for n in names:
    print(n.title(), n.capitalize(), n.swapcase())
print("".title(), "".capitalize(), "".swapcase(), "".upper())
print("x1y2".upper(), "X1Y2".lower())
text = "the QUICK brown FOX"
print(" ".join(w.capitalize() for w in text.split()))
print(text.swapcase().swapcase() == text)
print([w for w in text.split() if w.isupper()])
print([w for w in text.split() if w.islower()])
print(text.lower().count("o"), text.upper().find("BROWN"))
