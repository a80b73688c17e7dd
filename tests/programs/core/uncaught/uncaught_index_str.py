s = "ab"
print(s[0], s[1], s[-2], repr(s[2:]))
alphabet = "abcdefghijklmnopqrstuvwxyz"
print(alphabet[0], alphabet[25], alphabet[-1], alphabet[::5])
print(len(alphabet), alphabet.index("m"), alphabet[12])
for k in [0, 13, 25]:
    print(k, alphabet[k], alphabet[-k - 1])
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
