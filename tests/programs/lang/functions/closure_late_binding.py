funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])


def make_adders():
    out = []
    for k in range(3):
        def add(x):
            return x + k
        out.append(add)
    return out


print([f(10) for f in make_adders()])


def make_adders_fixed():
    out = []
    for k in range(3):
        def maker(k):
            def add(x):
                return x + k
            return add
        out.append(maker(k))
    return out


print([f(10) for f in make_adders_fixed()])
comp = [lambda: j * 2 for j in range(3)]
print([f() for f in comp])
i = 100
print(funcs[0](), funcs[3]())


def outer():
    x = 1
    def get():
        return x
    x = 2
    r1 = get()
    x = 3
    return r1, get()


print(outer())
