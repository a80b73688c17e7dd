callables = [print, len, max]
print(len(callables))
print(max([3, 1]), len("xy"))
def double(x):
    return 2 * x
funcs = [double, abs, str, len]
for f in funcs:
    print(type(f).__name__)
print(double(4), abs(-4), str(4), len("four"))
ops = {"neg": lambda v: -v, "sq": lambda v: v * v}
for name in ["neg", "sq"]:
    print(name, ops[name](7))
result = double(21)
print(result)
result2 = double
print(result2(5))
ops["bad"] = 42
print(sorted(ops))
print("calling an int")
print(ops["bad"](1))
