word = "stone"
print(word[::-1], word.upper(), word.replace("o", "0"))
chars = list(word)
chars[-1] = "y"
print("".join(chars), word)
print(word[:2] + "a" + word[3:])
s = "hello"
print(s, s[0], s[1:])
t = "j" + s[1:]
print(t)
chars = list(s)
chars[0] = "y"
print("".join(chars))
print(s.replace("h", "c"))
print(s.upper(), s[0].upper() + s[1:])
print(s)
u = s
u += "!"
print(u, s)
print("assigning into a string")
s[0] = "J"
