# Str slices (ASCII and not, whole-str identity as in CPython), str(int), one-char strs.
s = "héllo wörld"
print(s[2:5], s[:0], s[3:], s[-3:], s[::2], s[::-1], s[1:9:3], s[100:], s[5:2], s[:] is s, s[0:len(s)] is s)
a = "abcdef"
print(a[1:4], a[::-1], a[::2], a[-2:], a[:] is a, a[10:20] == "", str(5), str(-12), str(True), str(2**60), str(0))
for ch in "a€b":
    print(ch, ord(ch), len(ch))
