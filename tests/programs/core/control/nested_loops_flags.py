target = 42
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == target:
            found = (a, b)
            break
    if found:
        break
print(found)
grid = [[1, 2, 3], [4, 0, 6], [7, 8, 9]]
zero_at = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 0:
            zero_at = (r, c)
print(zero_at)
pyth = []
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                pyth.append((a, b, c))
print(pyth)
i = 0
out = []
while i < 5:
    j = 0
    while j < 5:
        if j > i:
            break
        if (i + j) % 2:
            j += 1
            continue
        out.append((i, j))
        j += 1
    i += 1
print(out)
for n in range(3):
    for m in range(3):
        pass
    else:
        print("inner else", n)
else:
    print("outer else")
