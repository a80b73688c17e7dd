# An operand read from a local keeps the value it had when it was read, even
# when a later operand rebinds the local with `:=` (CPython holds it on its
# stack). Each case runs in a function, where locals live in registers, and
# in a loop so that the compiled tiers run it too.


def binary_ops():
    out = []
    for k in range(3):
        a = k
        out.append(a + (a := 10))
        b = k
        out.append(b * (b := 3) - b)
        c = 2.5
        out.append(c / (c := 0.5))
    return out


def comparisons():
    out = []
    for k in range(3):
        x = k
        out.append(x < (x := 10))
        y = 5
        out.append(k < y < (y := 1))
        z = 1
        out.append(z == (z := 1) == z)
    return out


def subscripts():
    out = []
    for k in range(3):
        a = [k, k + 1, k + 2]
        i = 0
        out.append(a[i] + a[(i := 2)])
        b = [[1, 2], [3, 4]]
        out.append(b[(b := [[5, 6], [7, 8]]) and 1])
        s = "abcdef"
        out.append(s[(s := "xyz") and 1:3])
    return out


def augmented():
    out = []
    for k in range(3):
        a = 1
        a += (a := 5)
        out.append(a)
        lst = [10, 20, 30]
        j = 0
        lst[j] += (j := 2)
        out.append((lst, j))
        other = [1, 1]
        m = orig = [0, 0]
        m[0] += len((m := other))
        out.append((orig, m is other))
    return out


def stores_and_deletes():
    out = []
    for k in range(3):
        d = first_d = {}
        e = {}
        d[(d := e) or "key"] = k
        out.append((first_d, d))
        f = first = [1, 2, 3]
        g = [4, 5, 6]
        del f[(f := g) and 0]
        out.append((first, f))
    return out


class Box:
    def __init__(self, v):
        self.v = v


def attributes():
    out = []
    for k in range(3):
        o = first = Box(k)
        p = Box(100)
        o.v += (o := p).v
        out.append((first.v, o.v))
    return out


def comprehension_rebinds():
    out = []
    for k in range(3):
        n = k
        out.append(n + sum([(n := i) for i in range(4)]))
        out.append(n)
    return out


def no_walrus_no_change():
    # the common case: plain locals as operands, values as CPython computes them
    total = 0
    grid = [[r * 3 + c for c in range(3)] for r in range(3)]
    for r in range(3):
        row = grid[r]
        for c in range(3):
            row[c] += r * c
            total += row[c] - grid[c][r]
    return total, grid


print(binary_ops())
print(comparisons())
print(subscripts())
print(augmented())
print(stores_and_deletes())
print(attributes())
print(comprehension_rebinds())
print(no_walrus_no_change())
