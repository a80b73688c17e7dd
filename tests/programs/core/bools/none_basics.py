x = None
print(x)
print(repr(x), str(x))
print(x is None, x is not None, x == None, x != None)
print(type(None))
print(type(None).__name__)
print(bool(None), not None)
def f():
    pass
def g():
    return
def h(a):
    if a:
        return a
print(f(), g(), h(0), h(5))
print(f() is None)
print([None, None])
print((None,))
print({None: 1})
print({"k": None})
print(None == 0, None == False, None == "", None == [])
d = {"a": 1}
print(d.get("b"))
print(d.get("b") is None)
lst = [3, 1, 2]
print(lst.sort())
print(lst)
print(lst.append(4))
print(print("inner"))
print(None in [None], None in [0, False])
r = None or "fallback"
print(r)
print([x for x in [1, None, 2, None] if x is not None])
