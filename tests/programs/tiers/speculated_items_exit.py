# A list subscript compiled for the item type seen so far exits when another
# kind of item shows up, also when the result goes back into the list's own
# variable (x = x[0]) or the index's; globals of a speculated type likewise.
def first(x):
    x = x[0]
    return x


def at(xs, i):
    i = xs[i]
    return i


SCALE = 3


def scaled(xs):
    t = 0
    for v in xs:
        t += v * SCALE
    return t


for n in range(300):
    first([n])
    at([n, n + 1], 1)
    scaled([n, 1.5])
print(first([[1, 2]]), first(["s"]), first([2.5]))
print(at([0, [9]], 1), at([1, None], 1))
SCALE = 0.5
print(scaled([1, 2, 3]))
SCALE = "ab"
print(scaled([1, 2]))
