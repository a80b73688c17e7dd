def take_two(seq):
    it = iter(seq)
    yield next(it)
    yield next(it)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


g = countdown(3)
print(next(g))
print(next(g))
print(next(g))
print(next(g, "exhausted"))
print(list(take_two([1, 2, 3])))
try:
    print(list(take_two([9])))
except RuntimeError as e:
    print("RuntimeError:", e)
g2 = countdown(2)
for v in g2:
    print("loop", v)
print("calling next on exhausted generator")
print(next(g2))
print("not reached")
