print("banana".index("na"), "banana".index("na", 3), "banana".rfind("na"))
path = "dir/sub/file.txt"
slash = path.index("/")
dot = path.index(".")
print(slash, dot, path[:slash], path[dot + 1:])
print(path.rfind("/"), path[path.rfind("/") + 1:])
print(path.find("zip"), path.count("/"))
text = "the quick brown fox"
print(text.index("quick"), text.index("o"), text.index("o", 13))
print(text.find("slow"), text.rfind("o"))
print(text.index("the"), text.index(""))
words = text.split()
for w in words:
    print(w, text.index(w))
sentence = "a-b-c"
pos = sentence.index("-")
print(pos, sentence[:pos], sentence[pos + 1:])
print(text.count("o"), text.replace("quick", "slow"))
print("index of missing substring")
print(text.index("slow"))
