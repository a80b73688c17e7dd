# Registers written before a global store or a list iteration start that
# FTL code compiles inline (no runtime call) must still be written back at
# a later exit (here int overflows to big ints).
def f(n, m):
    global g
    acc = 0
    r = 0
    for j in range(n):
        acc = acc + j
        g = j
        r = acc * m
    return acc, r, g


for _ in range(300):
    f(50, 3)
print(f(50, 2**40))
print(f(60, 2**45))


def h(rows):
    global seen
    total = 0
    for row in rows:
        total = total + 1
        it = iter(row)
        seen = total
        for v in row:
            total = total * v
    return total, seen


for _ in range(300):
    h([[1, 2], [3]])
print(h([[1, 2], [3], [2**40, 2**20]]))
