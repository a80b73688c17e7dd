print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]))
print(" - ".join(("one", "two")))
print(repr(",".join([])))
print(",".join(["single"]))
print("".join("abc"))
print("-".join([str(i) for i in range(5)]))
print("ab".join(["1", "2", "3"]))
s = "  hello   world  foo "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".split(",", 0))
print("a,b,,c,".split(",", -1))
print("  a b  c ".split(None, 1))
print("  a b  c ".split(maxsplit=1))
print("a::b::c".split("::"))
print("abc".split("abc"))
print("".split(), "".split(","))
print("   ".split(), "   ".split(" "))
print("a\tb\nc\r\nd  e".split())
print("one two three".split(" ", maxsplit=1))
print("x".split("x"))
print("aaa".split("a"))
print("1 2 3".split(sep=" "))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
