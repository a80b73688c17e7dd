# Module-level and def annotations are evaluated when the statement runs and
# collected in __annotations__ (function locals' annotations are not).
order = []


def note(label, value):
    order.append(label)
    return value


count: note("count", int) = 3
label: note("label", "text")
(paren): note("paren", float) = 1.5
print(__annotations__, count, paren)


def f(a: note("a", int), b: "str" = "x", *rest: note("rest", tuple), flag: bool = False, **kw: dict) -> note("ret", list):
    inner: undefined_name = 1
    return [a, b, rest, flag, kw, inner]


print(f.__annotations__)
print(f(1, "y", 3, flag=True, k=2))
print(order)


def plain(x, y=2):
    return x


print(plain.__annotations__, plain.__dict__)
plain.__annotations__["x"] = int
print(plain.__annotations__, plain.__dict__)
print((lambda q: q).__annotations__)


class Shape:
    sides: int = 4
    name: str

    def area(self, scale: float = 1.0) -> float:
        return 0.0


print(Shape.__annotations__, Shape.area.__annotations__)
try:
    missing: undefined_in_module
except NameError as e:
    print(type(e).__name__, e)
try:
    def g(v: undefined_in_def):
        pass
except NameError as e:
    print(type(e).__name__, e)
