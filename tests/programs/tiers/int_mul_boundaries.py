# Int products near the edges of the inline int range (48 bits), in hot
# loops: products of a large and a small operand that still fit, products
# that overflow 48 bits (and 64), negative operands, and a factor that grows
# until its products leave the inline range mid-loop.
LIMIT = 2**47


def products(a, bs):
    out = []
    for b in bs:
        out.append(a * b)
    return out


def scaled_sum(n, k):
    total = 0
    for i in range(n):
        total += i * k
    return total


def grow(n, start, factor):
    x = start
    seen = []
    for i in range(n):
        x = x * factor
        if i % 7 == 0:
            seen.append(x)
        if x > 2**70 or x < -(2**70):
            x = start + i
    return x, seen


edges = [1, -1, 2, -2, 3, 7, 1000003, -1000003, 2**23, 2**24, 2**31, -(2**31), 2**46, -(2**46), LIMIT - 1, -LIMIT]
for _ in range(30):
    for a in (1, -1, 3, 2**20, 2**24 + 1, 2**40, -(2**40), LIMIT - 1, -LIMIT):
        r = products(a, edges)
print([x % 1000000007 for x in r])
print(r[-1], r[-2], r[8], r[10])
print(scaled_sum(5000, 1000000007))
print(scaled_sum(5000, 2**30))
print(scaled_sum(5000, -(2**35)))
print(scaled_sum(3000, 2**36))
x, seen = grow(400, 3, 5)
print(x, len(seen), seen[:4], seen[-1] % 99991)
x, seen = grow(400, -7, -3)
print(x, len(seen), seen[:3], seen[-1] % 99991)
t = 0
for i in range(-3000, 3000):
    t += (i * 46341) * (i * 46341) % 1009
print(t)
