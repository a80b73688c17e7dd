def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


ops = {"+": add, "-": sub, "*": mul}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](7, 3))


def apply_all(funcs, value):
    return [f(value) for f in funcs]


print(apply_all([abs, str, lambda v: v * v, float], -4))
pipeline = [lambda x: x + 1, lambda x: x * 10, str]
v = 4
for f in pipeline:
    v = f(v)
print(repr(v))
print(add.__name__, (lambda: 0).__name__)
print(callable(add), callable(ops), callable(ops.get))
fns = [add, sub]
print(fns[1](*fns[0](1, 2).__divmod__(2)))
alias = add
del add
print(alias(10, 20), alias.__name__)


def returns_function(kind):
    if kind == "upper":
        return str.upper
    return str.lower


print(returns_function("upper")("MiXed"), returns_function("x")("MiXed"))
print(sorted(["b", "A", "c"], key=str.lower))
print(list(map(len, ["a", "bb", "ccc"])))
print(list(filter(None, [0, 1, "", "x", [], [0]])))
