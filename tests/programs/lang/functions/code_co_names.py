# co_names: global, attribute and imported names in order of first use.
import math
def f(x, y):
    z = math.sqrt(x) + len(y)
    print(z.real, g)
    def inner():
        return x
    return inner
g = 1
print(f.__code__.co_names)
print(compile("a = b + c.d\nimport os.path\nfrom q import r", "<s>", "exec").co_names)
class K:
    def m(self):
        return self.attr.other
print(K.m.__code__.co_names, (lambda: q.w).__code__.co_names)
