# Strs around the length where their bytes stop fitting in the object:
# building, joining, case mapping, slicing, hashing and comparing them.
for n in (0, 1, 20, 21, 22, 23, 24, 40):
    s = "a" * n
    t = "".join(["a"] * n)
    u = s.upper()
    v = ("b" * n)[:n]
    w = "é" * (n // 2)
    print(n, len(s), s == t, hash(s) == hash(t), len(u), u.lower() == s, v == "b" * n, len(w), len(w.encode()), w.upper().lower() == w)
    d = {s: n}
    print(d.get(t), d.get(s + "x"), (s + "x")[:-1] == s, "-".join([s, "z"])[-3:], len(s + s))
for i in (0, 7, -7, 10**14, -(10**14), 2**47 - 1, -(2**47), 2**47, 123456789012345678901234567890):
    print(str(i), len(str(i)), str(i) == repr(i))
parts = ["ab", "cd", "ef"]
print("".join(parts), "-".join(parts), "é".join(parts), len("é".join(parts)), ", ".join([]) == "")
print("héllo wörld, à bientôt!".upper(), "ÀÉÎÕÜ ÇA VA".lower(), "MIXED case ascii only".lower().upper())
a = "x" * 21
b = a + "é"
c = b + "z"
print(len(a), len(b), len(c), len(b.encode()), len(c.encode()), c[-2:], b.find("é"), c.count("x"))
