def helper(x):
    return x * 2
def compute(values):
    out = []
    for v in values:
        out.append(helper(v))
    return out
print(compute([1, 2, 3]))
def broken(values):
    result = []
    for v in values:
        result.append(helpr(v))
    return result
print("defined broken, not called yet")
print(compute(range(4)))
x = 10
def uses_global():
    return x + 1
print(uses_global())
print("now calling broken")
print(broken([1]))
