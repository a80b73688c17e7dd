readings = [2.5, 4.0, 0.5, 1.25]
for r in readings:
    print(r, 1 / r, 10.0 / r)
mean = sum(readings) / len(readings)
print("mean", mean)
spread = max(readings) - min(readings)
print("spread", spread)
norm = [(r - min(readings)) / spread for r in readings]
print(norm)
flat = [3.0, 3.0, 3.0]
print("flat mean", sum(flat) / len(flat))
flat_spread = max(flat) - min(flat)
print("flat spread", flat_spread, repr(flat_spread))
x = 1.0
for i in range(3):
    x = x * 2.5
    print("x", x)
print("normalizing flat data")
normed = [(v - min(flat)) / flat_spread for v in flat]
print(normed)
