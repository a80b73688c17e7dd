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
