class Tracer:
    def __init__(self, name):
        print("init", name)
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return "value-from-" + self.name

    def __exit__(self, exc_type, exc_value, traceback):
        print("exit", self.name, exc_type, exc_value, traceback)
        return False


print("before")
with Tracer("a") as v:
    print("body, as-value =", v)
print("after")
with Tracer("b"):
    print("body without as")
t = Tracer("c")
with t as v2:
    print("body", v2)
with Tracer("d") as v3:
    pass
print(v3)
for i in range(2):
    with Tracer("loop%d" % i) as lv:
        print("iteration", i, lv)
