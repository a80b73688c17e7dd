# A `for` over a list whose items were all ints (or all floats) so far is
# compiled for those items; an item of another kind, a range where floats
# were expected, or a tuple leaves the compiled loop without losing a step.


def total(xs):
    t = 0
    for v in xs:
        t += v
    return t


def scaled(xs, k):
    out = 0.0
    for v in xs:
        out = out + v * k
    return out


ints = list(range(50))
floats = [i * 0.5 for i in range(50)]
acc = 0
for rep in range(400):
    acc += total(ints)
print(acc)
print(total(ints[:10] + [2.5] + ints[10:20]))
print(total([1, 2, True, 4]))
print(total([1 << 60, 1 << 60, 5]))
print(total((1, 2, 3)))
print(total(range(10)))
try:
    total([1, 2, "three", 4])
except TypeError as e:
    print("TypeError:", e)

facc = 0.0
for rep in range(400):
    facc += scaled(floats, 1.5)
print(facc)
print(scaled(range(5), 2.0))
print(scaled([1.0, 2, 3.5], 2.0))
print(scaled([1.0, None], 2.0) if False else "skipped")
try:
    scaled([1.0, "x"], 2.0)
except TypeError as e:
    print("TypeError:", e)


# The list grows and changes under the loop.
def drain(xs):
    seen = 0
    for v in xs:
        seen += v
        if v == 3:
            xs.append(100)
        if v == 100:
            xs[0] = 7.5
    return seen


for rep in range(300):
    r = drain([1, 2, 3, 4])
print(r)
