# Operator dunders of complex, int.__rdivmod__, float.__floor__/__ceil__, str.format_map.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print("EXC", type(e).__name__, e)
t(lambda: (5).__neg__())
t(lambda: (-5).__abs__())
t(lambda: (7).__divmod__(2))
t(lambda: (7).__rdivmod__(2))
t(lambda: (2.5).__floor__())
t(lambda: (2.5).__ceil__())
t(lambda: (2.5).__neg__())
t(lambda: (-2.5).__abs__())
t(lambda: (7.5).__divmod__(2))
t(lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))
t(lambda: (1+2j).__add__(1))
t(lambda: (1+2j).__mul__(2j))
t(lambda: (1j).__neg__())
t(lambda: abs(1j).__abs__())
t(lambda: (3j).__bool__())
t(lambda: (1j).__rsub__(1))
t(lambda: (1j).__truediv__(2))
t(lambda: (1j).__pow__(2))
t(lambda: (1j).__eq__(1j))
t(lambda: (1j).__hash__() == hash(1j))


class D(dict):
    def __missing__(self, k):
        return k.upper()


t(lambda: "{x}-{y[0]}".format_map(D(y=[7])))
t(lambda: "{0}".format_map({}))
t(lambda: "{a:>{w}}".format_map({"a": 1, "w": 4}))
t(lambda: "{}".format_map({}))
t(lambda: (1j).__add__("s"))
t(lambda: (2).__rpow__(3j))
t(lambda: (1j).__rpow__(2))
t(lambda: (1j).__ne__(2))
t(lambda: (2.0).__floor__() + (-2.5).__ceil__())
t(lambda: float("inf").__floor__())
