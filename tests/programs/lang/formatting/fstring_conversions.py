class P:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "P-str(%s)" % self.v

    def __repr__(self):
        return "P(%r)" % self.v

    def __format__(self, spec):
        if spec == "":
            return str(self)
        return "P-formatted[" + spec + "]"


p = P("x")
print(f"{p}")
print(f"{p!s}")
print(f"{p!r}")
print(f"{p:custom}")
print(f"{p!r:>12}")
print(format(p), format(p, "abc"))
print("{}".format(p), "{:zz}".format(p), "{!r}".format(p))
name = "O'Brien"
print(f"{name!r}")
print(f"{name!a}")
print(f"{'café'!a}")
items = ["a", "b"]
print(f"{items} {items!r} {items[0]!r}")
d = {"k": 1}
print(f"{d['k']} {d}")
num = 42
print(f"{num!s:>5}|{num!r:<5}|")
print(f"{'abc':.2}")
width = 6
print(f"{'x':>{width}}|{'y':^{width}}|")
print(f"{3 if num > 0 else 4}")
print(f"{'multi'}{'ple'}" f" parts {num}")
