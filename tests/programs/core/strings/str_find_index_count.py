s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("a", 1), s.find("a", 1, 3))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.rfind("a", 0, 5))
print(s.index("c"), s.index("abra"), s.index("a", 4), s.index("d"))
print(s.count("a"), s.count("abra"), s.count("z"), s.count(""), s.count("a", 5))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))
print(s.find("a", -3), s.find("a", 100), s.find("", 11), s.find("", 12))
print(s.count("a", 0, 4), s.count("a", -4))
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.index("a", 11)
except ValueError as e:
    print(type(e).__name__, e)
pos = s.find("a")
found = []
while pos != -1:
    found.append(pos)
    pos = s.find("a", pos + 1)
print(found)
