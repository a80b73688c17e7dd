# A recursive function calls its own FTL code directly while that code is
# installed. Here it runs hot on ints, then its code is thrown away (floats
# exit it again and again) while calls into it are still active deep in the
# recursion, so the calls made after that go through the lower tiers; then
# it is compiled again.


def walk(n, step):
    if n <= 0:
        return 0
    left = walk(n - step, step)
    return left + n * step + walk(n - 2 * step, step)


def count(n):
    if n < 2:
        return n
    return count(n - 1) + count(n - 2)


def main():
    total = 0
    for k in range(60):
        total += walk(12, 1) + count(12)
    print(total)
    # Floats reach code that speculated ints, at every depth.
    print(walk(12.0, 1.0), walk(9, 0.5), walk(11, 1))
    print(count(15), count(15.0), count(True))
    total = 0
    for k in range(60):
        total += walk(10 + k % 3, 1) + count(10 + k % 4)
    print(total)
    print(walk(2 ** 62, 2 ** 61), count(20))


main()
