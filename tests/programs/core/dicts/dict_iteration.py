prices = {"apple": 1.5, "bread": 2.25, "milk": 0.99, "eggs": 3.0}
for k in prices:
    print(k, prices[k])
for k, v in prices.items():
    print(f"{k}: {v}")
for v in prices.values():
    print(v)
total = 0
for v in prices.values():
    total += v
print(round(total, 2))
print(sorted(prices))
print(sorted(prices.items(), key=lambda kv: kv[1]))
print(max(prices, key=lambda k: prices[k]), min(prices.values()))
print([k for k, v in prices.items() if v > 1.5])
keys = list(prices)
for k in keys:
    if prices[k] < 2:
        del prices[k]
print(prices)
for i, (k, v) in enumerate(prices.items()):
    print(i, k, v)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print(list(zip(prices.keys(), prices.values())))
print(dict(sorted({"c": 3, "a": 1, "b": 2}.items())))
