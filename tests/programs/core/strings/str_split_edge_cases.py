samples = ["a b c", "  a  b  ", "a,b,c", ",a,,b,", "", "   ", "\ta\nb\r\nc", "one", "x--y--z", "--"]
for s in samples:
    print(repr(s), s.split(), s.split(","), s.split("--"), s.split(None, 1), s.split(" ", 1))
print("a b c d".split(" ", 2), "a b c d".split(maxsplit=2), "a b c d".split(maxsplit=0))
print("  lead".split(maxsplit=0), "  lead  ".split(None, 0))
print("k=v=w".split("=", 1), "k=v=w".split("="), "=".split("="), "==".split("="))
line = "name: Ann ; age: 30 ; city: Oslo"
fields = [f.strip() for f in line.split(";")]
print(fields)
pairs = [f.split(": ") for f in fields]
print(pairs)
print(dict([(p[0], p[1]) for p in pairs]))
print("1,2;3,4".split(";")[1].split(","))
print(" ".join("  many   spaces   here ".split()))
print("a\u00a0b".split(), "a\x0bb\x0cc".split())
csv = "1,2,3\n4,5,6\n"
rows = csv.split("\n")
print(rows)
print([r.split(",") for r in rows if r])
print(" x ".split(" "), "x".split(" "), "x ".split())
