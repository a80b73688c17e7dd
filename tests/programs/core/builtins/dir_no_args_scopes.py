# dir() without arguments lists the calling scope: function locals, class body,
# module, or the locals mapping given to eval (through its keys()).
def f(a, b=2):
    c = 3
    return dir()
print(f(1))
class K:
    x = 1
    names = dir()
print(K.names)
print([n for n in dir() if not n.startswith("__")])
print(eval("dir()", {}, {"z": 1, "y": 2}))


class Keys(dict):
    def __getitem__(self, key):
        return dir

    def keys(self):
        yield "q"
        yield "b"


print(eval("dir()", {}, Keys()))
