# A custom exception, normally caught, finally escapes from a jitted loop.
class BudgetExceeded(Exception):
    def __init__(self, spent, limit):
        super().__init__("spent %d over limit %d" % (spent, limit))

class Wallet:
    def __init__(self, limit):
        self.limit = limit
        self.spent = 0

    def pay(self, amount):
        if self.spent + amount > self.limit:
            raise BudgetExceeded(self.spent + amount, self.limit)
        self.spent += amount

w = Wallet(700000)
refused = 0
for i in range(5000):
    try:
        w.pay(i % 300)
    except BudgetExceeded:
        refused += 1
print("first pass", w.spent, refused)
w2 = Wallet(400000)
for i in range(5000):
    w2.pay(i % 250)
    if i % 500 == 0:
        print(i, w2.spent)
print("never", w2.spent)
