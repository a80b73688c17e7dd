lst = [1, 2, 3]
tup = (1, 2, 3)
s = "abc"
r = range(3)
for name, fn in [
    ("lst[3]", lambda: lst[3]),
    ("lst[-4]", lambda: lst[-4]),
    ("tup[3]", lambda: tup[3]),
    ("tup[-4]", lambda: tup[-4]),
    ("s[3]", lambda: s[3]),
    ("s[-4]", lambda: s[-4]),
    ("''[0]", lambda: ""[0]),
    ("r[3]", lambda: r[3]),
    ("[].pop()", lambda: [].pop()),
    ("lst.pop(10)", lambda: lst.pop(10)),
    ("[][0]", lambda: [][0]),
    ("()[0]", lambda: ()[0]),
    ("lst[10**5]", lambda: lst[10**5]),
]:
    try:
        print(name, "=", fn())
    except IndexError as e:
        print(name, "->", type(e).__name__ + ":", e)
print(lst[3:], tup[10:], s[5:], list(r[4:]))
try:
    lst.insert(100, 4)
    print("insert ok", lst)
except IndexError as e:
    print("unexpected", e)
