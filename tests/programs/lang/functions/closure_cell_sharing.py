def make_pair():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v
    return get, set_


get, set_ = make_pair()
print(get())
set_(10)
print(get())
get2, set2 = make_pair()
set2(99)
print(get(), get2())


def counters(n):
    fs = []
    total = 0
    for i in range(n):
        def bump(by=1, i=i):
            nonlocal total
            total += by * (i + 1)
            return total
        fs.append(bump)
    return fs


fs = counters(3)
print(fs[0](), fs[1](), fs[2](), fs[0](10))


def outer():
    x = 1

    def a():
        return x

    def b():
        nonlocal x
        x += 1
    b()
    b()
    return a()


print(outer())


def shadow():
    x = "local"

    def inner():
        x = "inner-local"
        return x
    return inner(), x


print(shadow())
