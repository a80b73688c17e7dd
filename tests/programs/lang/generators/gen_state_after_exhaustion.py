def two():
    print("two: before first")
    yield 1
    print("two: before second")
    yield 2
    print("two: finishing")


g = two()
print(list(g))
print(list(g))
print(next(g, "empty"))
for x in g:
    print("never", x)
print(sum(g))
g2 = two()
print(next(g2))
print(list(g2))
print(next(g2, "done"))
it = iter([1, 2])
list(it)
print(list(it), next(it, "exhausted list iterator"))


def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator finally ran")


g3 = gen_with_finally()
print(next(g3))
print(next(g3))
print(next(g3, "end"))
print(next(g3, "end again"))
g4 = gen_with_finally()
for v in g4:
    print("got", v)
    break
g4.close()
print("closed")
print(next(g4, "after close"))
