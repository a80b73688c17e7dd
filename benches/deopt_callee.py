# stresses: a hot polymorphic call site whose callee (function and method target) changes midway
N = 16000000


def add_one(x):
    return x + 1


def times_three(x):
    return x * 3 % 1000003


class Adder:
    def __init__(self, k):
        self.k = k

    def apply(self, x):
        return x + self.k


class Multiplier:
    def __init__(self, k):
        self.k = k

    def apply(self, x):
        return x * self.k % 1000003


def run_funcs(n):
    f = add_one
    acc = 0
    for i in range(n):
        if i == n // 2:
            f = times_three
        acc = f(acc + i) % 1000000007
    return acc


def run_methods(n):
    obj = Adder(7)
    acc = 0
    for i in range(n):
        if i == n // 2:
            obj = Multiplier(5)
        acc = obj.apply(acc + (i & 15))
    return acc


def main():
    a = run_funcs(N)
    b = run_methods(N // 2)
    return a, b


if __name__ == "__main__":
    a, b = main()
    print(a)
    print(b)
