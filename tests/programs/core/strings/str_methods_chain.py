text = "  The Quick, Brown Fox; Jumps over the lazy dog.  "
print(repr(text.strip().lower()))
words = text.strip().replace(",", "").replace(";", "").replace(".", "").split()
print(words)
print(len(words))
print([w.lower() for w in words if w.lower().startswith(("t", "j"))])
print(" ".join([w[::-1] for w in words]))
print("_".join(words).upper())
print(text.count("o"), text.lower().count("the"))
print(text.find("Fox"), text.rfind("o"), text.index("lazy"))
counts = {}
for w in words:
    key = w.lower()
    counts[key] = counts.get(key, 0) + 1
print(counts)
caps = ""
for w in words:
    caps += w[0].upper() + w[1:].lower() + " "
print(repr(caps.rstrip()))
csv = "name,age,city\nann,30,oslo\nbob,25,rome"
rows = [line.split(",") for line in csv.split("\n")]
print(rows)
print([r[1] for r in rows[1:]])
print(sum([int(r[1]) for r in rows[1:]]))
path = "/usr/local/lib/python3.11/site.py"
print(path.split("/"))
print(path[path.rfind("/") + 1:])
print(path[:path.rfind("/")])
print(path.endswith(".py"), path.startswith("/usr"))
print("x".join("abc").upper().lower().split("x"))
