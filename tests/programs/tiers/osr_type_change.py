# Long loops entered via OSR whose locals change type after tier-up.
def long_loop(n):
    a = 0
    b = 1
    c = "c"
    for i in range(n):
        a += i & 15
        if i == n - 50:
            a = float(a)
            b = [b]
            c = 0
        if i > n - 50:
            c += 1
        if i % (n // 4) == 0:
            print(i, repr(a), b, c)
    return a, b, c

print(long_loop(20000))
print(long_loop(4000))

total = 0
i = 0
while i < 15000:
    total += i % 9
    i += 1
    if i == 14990:
        total = str(total)
        break
print("total", total, i)
acc = 0
for j in range(12000):
    acc += j
    if j == 11000:
        acc = acc * 2**50
    if j == 11500:
        acc = acc // 2**50
print("acc", acc)

def early_exit(n):
    s = 0
    for i in range(n):
        s += i
        if i == n - 1:
            return "done %d" % s
        if s > 10**7:
            return s / 3
    return None

print(early_exit(3000), early_exit(10000), early_exit(0))

def two_loops(n):
    x = 0
    for i in range(n):
        x += 2
    y = x
    for j in range(n):
        y -= 0.5
    return x, y

print(two_loops(8000))
