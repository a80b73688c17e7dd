# An instance whose class's __call__ is the instance itself (or a cycle of
# such objects) recurses until RecursionError instead of looping forever.


class Loop:
    pass


loop = Loop()
Loop.__call__ = loop
try:
    loop()
except RecursionError as e:
    print("RecursionError:", e)


class A:
    pass


class B:
    pass


a, b = A(), B()
A.__call__ = b
B.__call__ = a
try:
    a(1, 2)
except RecursionError as e:
    print("cycle RecursionError:", e)


# A normal chain of callable objects still works.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


class Wrap:
    def __init__(self, inner):
        self.inner = inner

    def __call__(self, x):
        return self.inner(x) * 2


f = Adder(1)
for _ in range(20):
    f = Wrap(f)
print(f(0))
print("done")


# __repr__ made object.__str__, which asks for the repr again.
class Looping:
    pass


Looping.__repr__ = Looping.__str__
for fn in (str, repr):
    try:
        fn(Looping())
    except RecursionError as e:
        print(fn.__name__, "RecursionError:", e)


class Fine:
    def __str__(self):
        return "fine-str"


Fine.__repr__ = Fine.__str__
print(repr(Fine()), str(Fine()), [Fine()])
