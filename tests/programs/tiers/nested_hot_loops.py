# Nested hot loops; the inner loop becomes hot before the outer one.
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c

a = [[(i * j + 1) % 7 for j in range(20)] for i in range(20)]
b = [[(i * 3 + j * j) % 11 - 4 for j in range(20)] for i in range(20)]
c = matmul(a, b)
print(c[0][:6], c[19][-4:], sum(sum(r) for r in c))
fa = [[x * 0.5 for x in row] for row in a]
cf = matmul(fa, b)
print(cf[0][:4], repr(sum(sum(r) for r in cf)))

total = 0
for i in range(40):
    for j in range(40):
        for k in range(10):
            total += (i ^ j) & k
    if i % 8 == 0:
        print("i", i, total)
print("total", total)

def triangle(n):
    rows = []
    for i in range(n):
        row = [1] * (i + 1)
        for j in range(1, i):
            row[j] = rows[i - 1][j - 1] + rows[i - 1][j]
        rows.append(row)
    return rows

t = triangle(70)
print(t[10], t[69][35], len(str(t[69][35])))
grid = 0
for x in range(100):
    y = 0
    while y < x:
        grid += (x * y) % 3
        y += 2
print("grid", grid)
