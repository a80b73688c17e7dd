# Comparing cyclic or very deeply nested containers raises RecursionError
# (it does not crash); repr of very deep nesting too.


def show(label, f):
    try:
        print(label, repr(f())[:40])
    except RecursionError as e:
        print(label, "RecursionError", e)


a = []
b = [a]
a.append(b)
show("cyclic lists ==", lambda: a == b)
show("cyclic lists <", lambda: a < b)
show("cyclic same", lambda: a == a)
d1 = {}
d2 = {"k": d1}
d1["k"] = d2
show("cyclic dicts", lambda: d1 == d2)

deep1, deep2 = [], []
for _ in range(50000):
    deep1, deep2 = [deep1], [deep2]
show("deep ==", lambda: deep1 == deep2)
show("deep repr", lambda: repr(deep1))
t = ()
for _ in range(50000):
    t = (t,)
show("deep tuple ==", lambda: t == t[0])
show("shallow still fine", lambda: [[1, [2]], (3,)] == [[1, [2]], (3,)])
