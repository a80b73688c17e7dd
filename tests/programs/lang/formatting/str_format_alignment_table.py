rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 10, 12.25),
    ("Thingamajig", 1, 199.999),
]
header = "{:<12}{:>5}{:>10}".format("Item", "Qty", "Price")
print(header)
print("-" * len(header))
total = 0
for name, qty, price in rows:
    total += qty * price
    print("{:<12}{:>5}{:>10.2f}".format(name, qty, price))
print("=" * len(header))
print("{:<12}{:>15.2f}".format("Total", total))
print()
for name, qty, price in rows:
    print(f"{name:.<14}{qty:.>4}|{price:>9,.1f}")
print()
for name, qty, price in rows:
    print("%-12s%5d%10.2f" % (name, qty, price))
print()
for i in range(0, 17, 4):
    print(f"{i:>3} {i:>3b} {i:>3o} {i:>3x} {i ** 3:>6,}")
print(f"{'centered':^20}|")
print(f"{'':-^20}")
