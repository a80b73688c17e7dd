def readings(values):
    for i, v in enumerate(values):
        print("yielding reading", i)
        if v is None:
            raise ValueError("reading %d is missing" % i)
        yield v


def smoothed(values):
    prev = None
    for v in readings(values):
        if prev is not None:
            yield (prev + v) / 2
        prev = v


print(list(smoothed([1, 3, 5])))
g = smoothed([2, 4, None, 8])
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(next(g, "generator finished after error"))
total = 0
for s in smoothed([10, 20, 30, None]):
    total += s
    print("running total", total)
print("not reached")
