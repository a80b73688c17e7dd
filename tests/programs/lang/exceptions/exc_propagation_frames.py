def d(x):
    print("d start", x)
    if x > 2:
        raise ValueError("x too large: %d" % x)
    print("d end")
    return x


def c(x):
    print("c start")
    try:
        return d(x) + 1
    finally:
        print("c finally")


def b(x):
    print("b start")
    r = c(x)
    print("b end")
    return r


def a(x):
    try:
        return b(x)
    except ValueError as e:
        print("a caught:", e)
        return -1


print(a(1))
print(a(5))


def rec(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        rec(n - 1)
    finally:
        print("unwinding", n)


try:
    rec(4)
except IndexError as e:
    print("top caught", e)
