# co_cellvars / co_freevars and __closure__ follow CPython's order: free
# variables by name, cells of parameters first and then by name.
def outer(q, b):
    zeta = 1
    alpha = 2

    def inner():
        return zeta + alpha + q + b

    def other():
        return q

    return inner, other


inner, other = outer(10, 20)
print(outer.__code__.co_cellvars, outer.__code__.co_freevars)
print(inner.__code__.co_freevars, inner.__code__.co_cellvars, other.__code__.co_freevars)
print([c.cell_contents for c in inner.__closure__], inner(), other.__closure__[0].cell_contents)


def counter():
    n = 0

    def bump(step=1):
        nonlocal n
        n += step
        return n

    return bump


b = counter()
b()
print(b(5), b.__code__.co_freevars, b.__closure__[0].cell_contents, b.__code__.co_varnames)
print(counter.__code__.co_cellvars, counter.__code__.co_varnames, (lambda: 0).__closure__)
