# stresses: generator functions, chained generator pipelines, closures capturing variables
N = 8000000


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def mapped(f, it):
    for x in it:
        yield f(x)


def filtered(pred, it):
    for x in it:
        if pred(x):
            yield x


def pairs(it):
    prev = None
    for x in it:
        if prev is not None:
            yield (prev, x)
        prev = x


def make_scaler(k):
    def scale(x):
        return x * k + 1
    return scale


def make_acc():
    state = [0]

    def add(v):
        state[0] += v
        return state[0]
    return add


def make_modpred(m):
    return lambda x: x % m != 0


def main():
    scale = make_scaler(3)
    pred = make_modpred(5)
    acc = make_acc()
    total = 0
    for a, b in pairs(filtered(pred, mapped(scale, counter(N)))):
        total += acc(b - a) % 1000
    squares = sum(x * x for x in range(N // 4) if x & 1)
    g = (len(str(x)) for x in counter(N // 4))
    digits = 0
    for d in g:
        digits += d
    return total, squares % 1000000007, digits


if __name__ == "__main__":
    t, s, d = main()
    print(t)
    print(s)
    print(d)
