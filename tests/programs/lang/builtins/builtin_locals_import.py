# locals() and __import__().
import sys

x = 123
print(locals()["x"], locals() is globals())


class A:
    y = 1

    def f(self):
        pass

    print("x" in locals(), locals()["y"], "f" in locals())


def func(a, b=2, *args, **kw):
    c = a + b
    inner = [1]

    def g():
        return inner

    return sorted((k, v) for k, v in locals().items() if k != "g")


print(func(1, k=3))


def loop_locals():
    out = []
    for i in range(3):
        out.append(sorted(locals()))
    return out


print(loop_locals())
m = __import__("math")
print(m.floor(2.5), __import__("sys") is sys)
try:
    __import__("no_such_module_here")
except ImportError as e:
    print(type(e).__name__, e)
try:
    locals(1)
except TypeError as e:
    print(e)
