a = "foo"
b = "bar"
print(a + b)
print(a + " " + b)
print(a * 3)
print(3 * a)
print(a * 0, repr(a * 0), repr(a * -2))
print("-" * 20)
print(("ab" + "cd") * 2)
print("" + "")
print(len(a * 1000))
s = ""
for i in range(5):
    s += str(i)
    print(s)
s = "x"
s *= 4
print(s)
print("a" "b" "c")
print("con" "cat" + "enated")
parts = []
for w in ["alpha", "beta", "gamma"]:
    parts.append(w.upper())
print("+".join(parts))
print(a + str(10) + b)
print(f"{a}{b}" == a + b)
print((a + b)[2:5])
print(True * "yes", repr(False * "no"))
