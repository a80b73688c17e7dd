parts = []
for i in range(20000):
    parts.append(str(i % 97))
s = ",".join(parts)
print(len(s), s[:40], s[-40:])
print(s.count(","), s.count("9"), s.find("96,0"), s.rfind("0,1"))
t = ""
for i in range(5000):
    t += chr(97 + i % 26)
print(len(t), t[:30], t[-5:], t.count("abc"))
words = s.split(",")
print(len(words), sum([int(w) for w in words]))
rev = t[::-1]
print(rev[:26])
up = t.upper()
print(up[100:130], up.isupper(), t.islower())
r = t.replace("abc", "X")
print(len(r), r[:30])
checksum = 0
for ch in s:
    checksum = (checksum * 31 + ord(ch)) % 1000000007
print(checksum)
lines = []
for i in range(1000):
    lines.append(f"line {i}: {i * i}")
text = "\n".join(lines)
print(len(text), text.count("\n"), text.split("\n")[500])
