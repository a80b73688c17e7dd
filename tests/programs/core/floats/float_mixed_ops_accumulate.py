vals = [1, 2.5, -3, 4.75, 0, -0.125, 10**3, 1e-3]
total = 0
for v in vals:
    total += v
    print(repr(total), type(total).__name__)
prod = 1
for v in vals:
    if v:
        prod *= v
print(repr(prod))
print(sum(vals))
print(sum([0.1] * 10))
print(sum([1, 2, 3], 0.0))
print(max(vals), min(vals))
print(sorted(vals))
avg = sum(vals) / len(vals)
print(avg)
dev = [v - avg for v in vals]
print([round(d, 3) for d in dev])
print(sum([d * d for d in dev]) / len(dev))
print(abs(-2.5), abs(2.5), abs(-1e-300))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2.0, 3), pow(2, 3.0), pow(4, 0.5), pow(2.0, -2))
print(float(7) / 2, 7 / float(2))
