s = "hello"
for ch in s:
    print(ch, ord(ch))
print(list(s))
print(tuple("abc"))
print([c.upper() for c in s])
print([c for c in "a1b2c3" if c.isdigit()])
for i, c in enumerate("xyz"):
    print(i, c)
for i, c in enumerate("xyz", 10):
    print(i, c)
count = {}
for c in "mississippi":
    count[c] = count.get(c, 0) + 1
print(count)
print(sorted("banana"))
print("".join(sorted("banana")))
print("".join(reversed("stressed")))
print(list(zip("abc", "12345")))
print(max("hello"), min("hello"))
print(sum([ord(c) for c in "abc"]))
it = iter("ab")
print(next(it), next(it), next(it, "end"))
