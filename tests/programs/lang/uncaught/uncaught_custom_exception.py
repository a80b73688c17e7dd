class InventoryError(Exception):
    pass


stock = {"apple": 3, "pear": 0}


def take(item, n):
    have = stock.get(item, 0)
    print("taking", n, item, "have", have)
    if n > have:
        raise InventoryError("not enough " + item)
    stock[item] = have - n
    return stock[item]


print(take("apple", 1))
print(take("apple", 2))
print(stock)
try:
    take("pear", 1)
except InventoryError as e:
    print("handled:", e)
print("now failing for real")
take("apple", 5)
print("not reached")
