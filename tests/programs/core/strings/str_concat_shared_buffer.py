# Concatenations long enough to share an append buffer: every str keeps its own value.
base = "x" * 200
a = base + "A"
b = base + "B"  # base's buffer end was taken by a: b must not overwrite a
print(a[-3:], b[-3:], len(a), len(b), a == b)
c = a + "C"
d = a + "D"
print(c[-3:], d[-3:], a[-3:])
s = ""
keep = []
for i in range(600):
    s += str(i % 10)
    if i % 97 == 0:
        keep.append(s)
print(len(s), s[:12], s[-12:])
print([len(k) for k in keep], [k[-3:] for k in keep])
print(all(s.startswith(k) for k in keep))
# a str appended to itself
t = "ab" * 80
t2 = t + t
t3 = t2 + t2
print(len(t2), len(t3), t3.count("ab"), t2 == t + t)
# non-ASCII: lengths in code points, indexing and slicing after appends
u = "é" * 100
for ch in "ñ€𝄞a":
    u += ch
print(len(u), u[-4:], u[100], u[-1], u.encode("utf-8")[-8:])
v = u + "ü"
w = u + "ß"
print(v[-2:], w[-2:], len(v), len(w))
# hashes and dict keys of appended strs
k1 = "k" * 150
k2 = k1 + "1"
k3 = k1 + "2"
d = {k2: 1, k3: 2}
print(d[k1 + "1"], d[k1 + "2"], hash(k2) == hash("k" * 150 + "1"))
# empty operands
e = k1 + ""
print(e == k1, len("" + k1), ("" + "") == "")
# slicing back and growing again
q = ""
for i in range(3000):
    q += "-" if i % 3 == 0 else chr(97 + i % 26)
    if len(q) > 500:
        q = q[len(q) // 2:]
print(len(q), q[:20], q.count("-"))
