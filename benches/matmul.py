# stresses: list-of-lists indexing, float multiply-add inner loops
N = 300


def make_matrix(n, seed):
    m = []
    x = seed
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append((x % 1000) / 100.0 - 5.0)
        m.append(row)
    return m


def matmul(a, b):
    n = len(a)
    p = len(b[0])
    k_n = len(b)
    c = []
    for i in range(n):
        ai = a[i]
        row = [0.0] * p
        for k in range(k_n):
            aik = ai[k]
            bk = b[k]
            for j in range(p):
                row[j] += aik * bk[j]
        c.append(row)
    return c


def main():
    a = make_matrix(N, 1)
    b = make_matrix(N, 2)
    c = matmul(a, b)
    d = matmul(c, a)
    s = 0.0
    for row in d:
        for v in row:
            s += v
    trace = 0.0
    for i in range(N):
        trace += d[i][i]
    return round(s, 6), round(trace, 6)


if __name__ == "__main__":
    s, t = main()
    print(s)
    print(t)
