# Functions defined in a class body close over variables of the function
# enclosing the class, even when the class body itself never names them.
def make(x):
    def helper():
        return x * 10

    class A:
        def method(self):
            return x, helper()

    helper = lambda: x + 1  # rebinding after the class exists is seen
    return A


print(make(4)().method())


def shadowed(x):
    class B:
        x = "class attribute"

        def get(self):
            return x  # the function's x, not the class attribute

        y = x

    return B


B = shadowed(7)
print(B().get(), B.x, B.y)


def nested(v):
    class Outer:
        class Inner:
            def m(self):
                return v

    v += 1
    return Outer.Inner().m()


print(nested(1))


def counter():
    n = 0

    class K:
        def inc(self):
            nonlocal n
            n += 1
            return n

    k = K()
    k.inc()
    k.inc()
    return n, k.inc()


print(counter())
