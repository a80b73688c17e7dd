# SyntaxErrors the compiler reports for patterns, and the runtime TypeErrors
# of class and mapping patterns.


def syntax(src):
    # Compiled inside a function that is never called.
    body = "".join("    " + line + "\n" for line in src.splitlines())
    try:
        exec("def never_called():\n" + body)
    except SyntaxError as e:
        print("SyntaxError:", e)
    else:
        print("compiled fine")


syntax("match x:\n case _:\n  pass\n case 1:\n  pass\n")
syntax("match x:\n case y:\n  pass\n case 1:\n  pass\n")
syntax("match x:\n case y if y:\n  pass\n case 1:\n  pass\n")
syntax("match x:\n case 1 | y:\n  pass\n case 2:\n  pass\n")
syntax("match x:\n case y | 1:\n  pass\n")
syntax("match x:\n case _ | 1:\n  pass\n")
syntax("match x:\n case (y as z):\n  pass\n case 1:\n  pass\n")
syntax("match x:\n case [a, a]:\n  pass\n")
syntax("match x:\n case [a, *a]:\n  pass\n")
syntax("match x:\n case {1: a, **a}:\n  pass\n")
syntax("match x:\n case [a] | (b,):\n  pass\n")
syntax("match x:\n case [a, b] | [b]:\n  pass\n")
syntax("match x:\n case [*a, *b]:\n  pass\n")
syntax("match x:\n case {'k': 1, 'k': 2}:\n  pass\n")
syntax("match x:\n case {1: 1, True: 2}:\n  pass\n")
syntax("match x:\n case {1: 1, 1.0: 2}:\n  pass\n")
syntax("match x:\n case {-1: 1, -1: 2}:\n  pass\n")
syntax("match x:\n case {b'x': 1, b'x': 2}:\n  pass\n")
syntax("match x:\n case {None: 1, None: 2}:\n  pass\n")
syntax("match x:\n case {1: 1, 2: 2}:\n  pass\n")
syntax("match x:\n case C(a=1, a=2):\n  pass\n")
syntax("match x:\n case C(__debug__=1):\n  pass\n")
syntax("match x:\n case __debug__:\n  pass\n")
syntax("match x:\n case [a, (a | 1)]:\n  pass\n")
syntax("match x:\n case f'{x}':\n  pass\n")
syntax("match x:\n case 1:\n  pass\n case [1, _]:\n  pass\n case _:\n  pass\n")


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


class BadName:
    __match_args__ = ("a", 2)
    a = 1


class TwoArgs:
    __match_args__ = ("a", "b")
    a = b = 1


def runtime(subject, build):
    try:
        build(subject)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error")


def p1(s):
    match s:
        case NoArgs(x):
            pass


def p2(s):
    match s:
        case BadArgs(x):
            pass


def p3(s):
    match s:
        case BadName(x, y):
            pass


def p4(s):
    match s:
        case TwoArgs(x, y, z):
            pass


def p5(s):
    match s:
        case TwoArgs(x, a=y):
            pass


def p6(s):
    match s:
        case int(x, y):
            pass


def p7(s):
    match s:
        case str(x, y, z):
            pass


not_a_class = 3


def p8(s):
    match s:
        case not_a_class():
            pass


runtime(NoArgs(), p1)
runtime(5, p1)  # isinstance fails first: no error
runtime(BadArgs(), p2)
runtime(BadName(), p3)
runtime(TwoArgs(), p4)
runtime(TwoArgs(), p5)
runtime(1, p6)
runtime("s", p7)
runtime(1, p8)
runtime(NoArgs(), lambda s: p4(s))


# An uncaught pattern error reports the pattern's line.
def uncaught():
    match NoArgs():
        case int():
            pass
        case NoArgs(
            x
        ):
            pass


uncaught()
