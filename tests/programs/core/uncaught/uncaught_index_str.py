word = "python"
print(word[0], word[5], word[-6])
for i in range(len(word)):
    print(i, word[i], ord(word[i]))
print(word[2:100], repr(word[10:]))
rev = ""
for i in range(len(word) - 1, -1, -1):
    rev += word[i]
print(rev)
empty = ""
print(repr(empty), len(empty), repr(empty[:5]))
print("indexing past end of string")
print(word[6])
