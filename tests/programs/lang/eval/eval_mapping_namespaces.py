# exec/eval with a non-dict locals mapping (names read, stored and deleted through
# its __getitem__/__setitem__/__delitem__) and with a dict subclass as globals.
class Recorder:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("  get", key)
        return self.data[key]

    def __setitem__(self, key, value):
        print("  set", key, value)
        self.data[key] = value

    def __delitem__(self, key):
        print("  del", key)
        del self.data[key]


ns = Recorder()
exec("total = 2 + 3\ndouble = total * 2\ndel total", {}, ns)
print(ns.data)
try:
    exec("del missing", {}, ns)
except NameError as e:
    print("NameError", e)
print(eval("double + bonus", {"bonus": 1}, ns))


class Lengths(dict):
    def __getitem__(self, key):
        return len(key)


print(eval("alpha + be", Lengths()))


class Defaults(dict):
    def __missing__(self, key):
        return "<" + key + ">"


g = Defaults(known=1)
print(eval("known", g), eval("unknown", g))
exec("made = known + 41", g)
print(sorted(k for k in g if not k.startswith("__")), g["made"])
for call in (lambda: eval("1", []), lambda: eval("1", 5), lambda: exec("1", [])):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
