def producer(items):
    count = 0
    for it in items:
        yield it
        count += 1
    return count


def consumer():
    n = yield from producer("abc")
    yield "produced %d items" % n
    m = yield from producer([])
    yield "then %d items" % m


print(list(consumer()))
g = producer([1])
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def early(n):
    for i in range(10):
        if i == n:
            return "stopped at %d" % i
        yield i


def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value


print(collect(early(3)))
print(collect(early(0)))
print(collect(early(20)))


def no_return():
    yield 1


print(collect(no_return()))
