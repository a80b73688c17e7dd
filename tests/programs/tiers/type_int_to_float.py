# A hot accumulator that starts as int and becomes float midway through the loop.
def run(n, switch):
    acc = 0
    chk = 0
    for i in range(n):
        if i == switch:
            acc = acc + 0.5
        acc = acc + i % 7
        if i % 997 == 0:
            print(i, type(acc).__name__, repr(acc))
        chk = (chk * 31 + int(acc)) % 1000000007
    return acc, chk

for sw in (10, 3000, 7999, 20000):
    a, c = run(8000, sw)
    print("switch", sw, repr(a), c)

# module-level loop (OSR at top level)
x = 1
total = 0
for i in range(5000):
    if i == 2500:
        x = 1.25
    total += x * (i % 3)
    if i % 1250 == 0:
        print("top", i, repr(x), repr(total))
print("top total", repr(total), type(total).__name__)

# float -> int back again
y = 0.0
for i in range(4000):
    if i == 2000:
        y = int(y)
    y += 3
print("back", repr(y), type(y).__name__)
