N = 40
A = [[(i * N + j) % 17 - 8 for j in range(N)] for i in range(N)]
B = [[(i * 7 + j * 3) % 11 - 5 for j in range(N)] for i in range(N)]
def matmul(X, Y):
    n = len(X)
    m = len(Y[0])
    k = len(Y)
    out = [[0] * m for _ in range(n)]
    for i in range(n):
        row = X[i]
        orow = out[i]
        for t in range(k):
            a = row[t]
            if a:
                yrow = Y[t]
                for j in range(m):
                    orow[j] += a * yrow[j]
    return out
C = matmul(A, B)
print(C[0][:8])
print(sum([sum(r) for r in C]))
D = matmul(C, A)
print(D[N - 1][-5:], sum([D[i][i] for i in range(N)]))
F = [[float(v) / 3 for v in row] for row in A]
G = matmul(F, F)
print(repr(G[0][0]), repr(G[5][7]), repr(sum([sum(r) for r in G])))
I = [[1 if i == j else 0 for j in range(N)] for i in range(N)]
print(matmul(A, I) == A, matmul(I, B) == B)
