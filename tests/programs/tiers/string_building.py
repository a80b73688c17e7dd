# Building strings in hot loops: +=, join, slicing, formatting.
s = ""
for i in range(3000):
    s += str(i % 10)
    if len(s) > 50:
        s = s[25:]
print(s, len(s))
parts = []
for i in range(2000):
    parts.append(chr(97 + i % 26))
w = "".join(parts)
print(w[:30], w.count("a"), w.find("xyz"), w.rfind("abc"))
out = ""
for i in range(500):
    out = out + "%d:%s;" % (i, "x" * (i % 3))
print(len(out), out[:40], out[-20:])
fs = []
for i in range(1000):
    fs.append(f"{i:04d}|{i * 0.5:.2f}|{i:x}|{-i:+d}")
print(fs[0], fs[999], fs[256])
text = "Hello, World! " * 100
up = 0
low = 0
for ch in text:
    if ch.isupper():
        up += 1
    elif ch.islower():
        low += 1
print(up, low, text.upper()[:14], text.lower()[:14], text.replace("l", "L")[:14])
rev = ""
for ch in "abcdefghijklmnop" * 20:
    rev = ch + rev
print(rev[:20], len(rev))
acc = 0
for i in range(3000):
    t = str(i * i)
    acc = (acc * 31 + ord(t[-1]) + len(t)) % 1000000007
print("acc", acc)
words = ("alpha beta gamma delta " * 50).split()
caps = [wd.capitalize() for wd in words]
print(" ".join(caps[:4]), "-".join(sorted(set(words))), len(caps))
num = 0
for piece in "12,345,678,9,0,-4,77".split(","):
    num = num * 3 + int(piece)
print(num, repr("a\tb\n'c\""), str(2**70)[::-1], "x".center(9, "*"), "7".zfill(5))
