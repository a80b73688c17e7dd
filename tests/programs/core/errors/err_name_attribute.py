try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
try:
    undefined_func(1)
except NameError as e:
    print(type(e).__name__, e)
def f():
    return missing_in_function + 1
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    x = 1
    del x
    x += 1
except NameError as e:
    print(type(e).__name__, e)
cases = [
    ("(1).foo", lambda: (1).foo),
    ("'s'.nope", lambda: "s".nope),
    ("[].push", lambda: [].push),
    ("{}.append", lambda: {}.append),
    ("None.x", lambda: None.x),
    ("(1,).append", lambda: (1,).append),
    ("1.5.real2", lambda: (1.5).real2),
    ("True.foo", lambda: True.foo),
    ("range(1).x", lambda: range(1).x),
    ("'abc'.length", lambda: "abc".length),
]
for name, fn in cases:
    try:
        print(name, fn())
    except AttributeError as e:
        print(name, "->", type(e).__name__ + ":", e)
print("ok")
