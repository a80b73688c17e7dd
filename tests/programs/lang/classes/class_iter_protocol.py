class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        print("__iter__ called")
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
for x in c:
    print(x)
print(list(c))
print(sum(c), max(c))
it = iter(c)
print(next(it), next(it))
print(list(it))
print(next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print([a * b for a in Countdown(2) for b in Countdown(2)])
print(dict(zip(Countdown(3), "abc")))
a, b, c2 = Countdown(3)
print(a, b, c2)
print(3 in Countdown(5), 9 in Countdown(5))
print(sorted(Countdown(4)))
