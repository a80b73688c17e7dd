class Money:
    def __init__(self, amount, cur):
        self.amount = amount
        self.cur = cur

    def __str__(self):
        return str(self.amount) + " " + self.cur

    def __repr__(self):
        return "Money(" + repr(self.amount) + ", " + repr(self.cur) + ")"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only-str"


m = Money(5, "EUR")
print(m)
print(str(m))
print(repr(m))
print([m, Money(1.5, "USD")])
print((m,))
print({"k": m})
print("value: %s / %r" % (m, m))
print(f"{m} {m!r}")
print("{} {!r}".format(m, m))
o = OnlyRepr()
print(o, str(o), repr(o), [o])
s = OnlyStr()
print(s, str(s))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
print([str(x) for x in [m, o, s]])
print(format(m), format(o))
