s = "the cat sat on the mat with the hat"
print(s.count("the"), s.count("at"), s.count("z"), s.count(""), "aaaa".count("aa"))
print(s.count("the", 5), s.count("the", 5, 20))
print(s.find("the"), s.find("the", 1), s.find("dog"))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("dog"))
print(s.index("cat"), s.rindex("at"))
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print("abc".find(""), "abc".rfind(""), "".find(""))
print("banana".find("an", 2), "banana".rfind("an", 0, 4))
positions = []
start = 0
while True:
    i = s.find("at", start)
    if i == -1:
        break
    positions.append(i)
    start = i + 1
print(positions)
print("x" in s, "cat" in s, "" in s)
print(s.replace("the", "THE", 2))
print(s.replace("at", ""))
print("  pad  ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip() + "|")
print("www.example.com".strip("cmowz."))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print("a\tb".expandtabs(4), repr("1\t22\t333".expandtabs(4)))
