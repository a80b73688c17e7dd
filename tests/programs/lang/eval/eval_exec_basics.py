# eval() and exec(): expressions, statements, explicit namespaces, errors.
x = 10
print(eval("x + 1"), eval("  [i * i for i in range(4)]"), eval("'a' * 3"))
print(eval(repr([1, 2.5, "s", (3,), {"k": None}])) == [1, 2.5, "s", (3,), {"k": None}])
exec("y = x * 2\nz = y + 1")
print(y, z)
d = {"a": 3}
exec("b = a + 4", d)
print(d["b"], sorted(k for k in d if k != "__builtins__"))
g = {"n": 5}
loc = {}
exec("m = n * 3\ndef f(q):\n    return q + n\nr = f(1)", g, loc)
print(loc["m"], loc["r"], "m" in g)
print(eval("n + 1", g), eval("n + k", g, {"k": 100}), eval("a", None, {"a": 7}))


def in_function():
    return eval("x * 3")


print(in_function())
for src in ["1 +", "x = = 1", "def f(:"]:
    try:
        eval(src) if "=" not in src else exec(src)
    except SyntaxError as e:
        print("SyntaxError", type(e).__name__)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
try:
    eval(42)
except TypeError as e:
    print(e)
try:
    exec("x = 1", [])
except TypeError as e:
    print(e)
total = 0
for i in range(300):
    total += eval("i * 2")
print(total)
print(exec("pass"))
