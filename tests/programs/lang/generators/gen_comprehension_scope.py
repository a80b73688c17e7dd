x = "global x"
squares = [x * x for x in range(4)]
print(squares, x)
evens = {x for x in range(10) if x % 2 == 0}
print(evens, x)
mapping = {k: v for k, v in zip("abc", range(3))}
print(mapping, x)
gen = (x for x in "xyz")
print(list(gen), x)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [v for row in matrix for v in row if v % 2]
print(flat)


class K:
    base = 10
    vals = [i for i in range(3)]
    try:
        bad = [base + i for i in range(3)]
    except NameError as e:
        err = str(e)


print(K.vals, K.err)
n = 3
print([n * i for i in range(n)])
print([(i, j) for i in range(3) for j in range(i)])
print([y for y in [1, 2, 3] if (z := y * 2) > 2], z)
print(sum(i for i in range(101)))
