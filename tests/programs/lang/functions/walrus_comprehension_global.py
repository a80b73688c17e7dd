# A walrus target inside a comprehension binds in the enclosing function,
# honouring that function's global and nonlocal declarations.
def with_global():
    global g_total
    print([g_total := i * 2 for i in range(3)])
    print(g_total)


with_global()
print(g_total)


def nested_global():
    def inner():
        global g_last
        return [g_last := c for c in "xyz"]

    print(inner(), g_last)


nested_global()


def with_nonlocal():
    found = None

    def inner():
        nonlocal found
        return any((found := n) > 2 for n in [1, 3, 5])

    print(inner(), found)


with_nonlocal()


def plain_local():
    print([last := k for k in (7, 8)], last)


plain_local()
print("last" in globals())
