class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __add__(self, other):
        if other.currency != self.currency:
            raise TypeError("cannot add %s to %s" % (other.currency, self.currency))
        return Money(self.amount + other.amount, self.currency)

    def __repr__(self):
        return "Money(%r, %r)" % (self.amount, self.currency)


a = Money(5, "EUR")
b = Money(7, "EUR")
print(a + b)
print(sum([a, b, Money(1, "EUR")], Money(0, "EUR")))
try:
    a + Money(1, "USD")
except TypeError as e:
    print("caught:", e)
wallet = [Money(1, "EUR"), Money(2, "EUR"), Money(3, "GBP")]
total = Money(0, "EUR")
for m in wallet:
    total = total + m
    print("total", total)
print("not reached")
