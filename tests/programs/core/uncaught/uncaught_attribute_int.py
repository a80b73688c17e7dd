n = 42
print(n, type(n).__name__)
print("abc".upper(), [3, 1, 2].count(1))
s = "hello"
print(s.upper(), s.find("l"), s.replace("l", "L"))
lst = [1, 2]
lst.append(3)
print(lst)
d = {"a": 1}
print(d.get("a"), list(d.items()))
try:
    lst.push(4)
except AttributeError as e:
    print("caught:", e)
try:
    s.foo()
except AttributeError as e:
    print("caught:", e)
print("now accessing .foo on an int")
print((1).foo)
