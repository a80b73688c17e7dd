def simple():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")
    yield 3
    print("end")


g = simple()
print("created")
print(next(g))
print(next(g))
print(next(g))
print(next(g, "exhausted"))
print(next(g, "still exhausted"))
print(list(simple()))
for v in simple():
    print("loop got", v)


def squares(n):
    for i in range(n):
        yield i * i


print(list(squares(5)))
print(sum(squares(4)))
print(type(squares(1)).__name__)
g2 = squares(3)
print(iter(g2) is g2)
print([x for x in g2], list(g2))
