# Parameters typed by the kinds the lower tiers saw them hold, checked at
# the function's start: each function below runs hot with one kind, then
# gets arguments of other kinds (floats, big ints, bools, strs, None,
# tuples, list subclasses) that must run exactly as in CPython.


def scale(x, k):
    t = x * 0
    for i in range(k):
        t += x * i
    return t


def total(xs):
    s = 0
    for v in xs:
        s += v
    return s


def half(a):
    return a / 2 + a // 3


def mix(a, b=2, *rest, c=3):
    return a * b + c, len(rest)


def captured(n):
    def inner():
        return n + 1
    n = n * 2
    return inner()


def counter(limit, step):
    i = 0
    while i < limit:
        yield i
        i += step


class Seq(list):
    def __iter__(self):
        return iter([100, 200])


def main():
    acc = 0
    for k in range(400):
        acc += scale(k, 20) + total([k, k + 1, k + 2]) + half(k) + mix(k)[0] + captured(k)
        acc += sum(counter(k % 7 + 3, 1))
    print(acc)
    print(scale(1.5, 20), scale(2**60, 3), scale(True, 4), scale("ab", 3), scale([1], 2))
    print(total((1, 2, 3)), total(Seq([1, 2])), total(""), total([1.5, 2.5]), total([2**70, 1]))
    print(half(7.0), half(True), half(2**80), half(-9))
    print(mix(2.5), mix("x", 3, c="y"), mix(4, 5, c=1.5), mix([0], 2, c=[1]), mix(1, 2, 3, c=4))
    print(captured(2.5), captured(True), captured(2**62))
    print(list(counter(2.0, 0.5)), list(counter(3, True)))
    try:
        scale(None, 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        half("q")
    except TypeError as e:
        print("TypeError:", e)
    # Back to ints after the other kinds.
    acc = 0
    for k in range(400):
        acc += scale(k, 20) + total([k, -k]) + half(k)
    print(acc)


main()
