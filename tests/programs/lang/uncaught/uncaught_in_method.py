class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        print("withdraw", amount, "from", self.balance)
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount
        return self.balance

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.balance += amount
        print("transferred", amount)


a = Account("ann", 100)
b = Account("bob", 10)
print(a.withdraw(30))
a.transfer(b, 20)
print(a.balance, b.balance)
b.transfer(a, 500)
print("unreachable")
