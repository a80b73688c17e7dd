# Calling the types of None, NotImplemented and Ellipsis gives the singletons;
# object.__ne__ defers to the type's own __eq__ (NotImplemented stays so);
# enumerate with a big start; compile()'s func_type mode message.
print(type(None)(), type(NotImplemented)(), type(...)())
for f in [lambda: type(None)(1), lambda: type(...)(1), lambda: type(NotImplemented)(x=1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)


class A:
    pass


a = A()
for x, y in [(None, 3), (None, None), (a, a), (a, 3), (1, 1), (1, 2), ("a", "a"), (1.5, 2), ((1,), (1,)), ([], 0)]:
    print(type(x).__name__, type(y).__name__, x.__eq__(y), x.__ne__(y))
print(list(enumerate("ab", 2**70)), list(enumerate("c", -3)))
try:
    compile("def f(x): pass", "<test>", "func_type")
except ValueError as e:
    print("ValueError", e)
print(Ellipsis.__reduce__(), NotImplemented.__reduce__(), type(...).__reduce__(...))
for f in [lambda: type(...).__reduce__(1), lambda: type(...).__new__(int)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(type(...).__new__(type(...)) is ...)
for f in [lambda: int.__round__("x"), lambda: float.__trunc__(1), lambda: int.__add__("a", 1), lambda: bytes.__bytes__(1), lambda: list.__len__(3)]:
    try: f()
    except TypeError as e: print(e)
