def digits_in_base(n, base):
    out = []
    while n:
        out.append(n % base)
        n //= base
    return out[::-1]
for base in [2, 8, 10, 16]:
    print(base, digits_in_base(255, base))
print(digits_in_base(10 ** 12, 1000))
cycle = [7, 5, 3, 1]
for c in cycle:
    print(c, 100 % c, -100 % c)
print("float mods", 7.5 % 2, -7.5 % 2)
buckets = [0] * 4
for v in range(20):
    buckets[v % 4] += v
print(buckets)
sizes = [3, 2, 1, 0]
for s in sizes:
    print("size", s, "->", 42 % s)
