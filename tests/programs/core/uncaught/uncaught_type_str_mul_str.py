print("=" * 3 + ">" , "<" + "-" * 2)
print(["ab"] * 2, "ab" * -1 == "")
rows = ["*" * i for i in range(1, 5)]
print(rows)
print("\n".join(rows))
line = "-" * 10
print(line)
print("ab" * 3, 3 * "ab", repr("ab" * 0))
widths = [1, 2, 3]
for w in widths:
    print("[" + "#" * w + "]")
print(["x"] * 3)
print((1, 2) * 2)
n = "3"
print("n is", repr(n))
print("ab" * int(n))
print("x" * True)
print(len("=" * 50))
print("about to multiply two strings")
print("ab" * n)
