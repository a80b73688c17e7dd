prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}


def total(cart):
    s = 0
    for item, qty in cart:
        print("pricing", item, qty)
        s += prices[item] * qty
    return round(s, 2)


print(total([("apple", 2), ("milk", 1)]))
print(total([]))
try:
    total([("caviar", 1)])
except KeyError as e:
    print("unknown item", e)
print(prices.get("cheese", "no cheese"))
cart = [("bread", 1), ("apple", 4), ("cheese", 2)]
print(total(cart))
print("not reached")
