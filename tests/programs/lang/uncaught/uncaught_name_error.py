def compute(values):
    total = 0
    for v in values:
        total += v
    print("total", total)
    return total


def report(values):
    t = compute(values)
    print("mean", t / len(values))
    return undefined_helper_function(t)


print(compute([1, 2, 3]))
try:
    print(some_missing_global)
except NameError as e:
    print("caught:", e)
print("calling report")
report([4, 5, 6])
print("not reached")
