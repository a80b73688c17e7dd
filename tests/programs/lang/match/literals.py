# Literal, singleton, capture, wildcard and value patterns.


def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary two"
        case 1 + 2j:
            return "complex"
        case -3 - 4j:
            return "negative complex"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"


for v in [0, 1, 2, 3, 4, -1, 1.5, 2j, 1 + 2j, -3 - 4j, "hello", "bye", b"bytes",
          None, True, False, 0.0, 1.0, [], "0"]:
    print(repr(v), classify(v))


# True/False/None match by identity, numbers by equality.
def singleton(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "== 1"
        case _:
            return "neither"


print(singleton(True), singleton(1), singleton(1.0), singleton(False))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  __eq__ called with", other)
        return self.v == other


match Eq(3):
    case 1:
        print("no")
    case 3:
        print("yes: subject == 3 uses the subject's __eq__")


class Color:
    RED = "red"
    GREEN = "green"

    class Nested:
        BLUE = "blue"


def color(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN:
            return "G"
        case Color.Nested.BLUE:
            return "B"
        case other:
            return "unknown " + other


print(color("red"), color("green"), color("blue"), color("pink"))

# Capture patterns bind, wildcards don't.
match 42:
    case n:
        print("captured", n)
_ = "untouched"
match 7:
    case _:
        print("wildcard", _)

# match is a soft keyword.
match = 5
case = 6
print(match, case)
match -match:
    case -5:
        print("unary subject")
match (1, 2):
    case (1, 2):
        print("tuple subject")
match [match, case]:
    case [5, 6]:
        print("list subject of soft keywords")


def match(a):
    return a * 2


print(match(21))


# Truthiness of __eq__ results decides.
class Weird:
    def __eq__(self, other):
        return [1]


match Weird():
    case 0:
        print("truthy __eq__ result matches")

# Module-level and function-level binding.
def f(x):
    match x:
        case 1:
            y = "one"
        case other:
            y = "other " + str(other)
    return y


print(f(1), f(2))


def g(x):
    match x:
        case 1:
            z = 10
    return z


print(g(1))
try:
    g(2)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
