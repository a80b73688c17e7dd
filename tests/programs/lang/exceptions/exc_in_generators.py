def safe_divide(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            print("skipping", a, "/", b)
            yield None


print(list(safe_divide([(1, 2), (3, 0), (9, 3)])))


def failing():
    yield 1
    raise ValueError("generator failed")
    yield 2


g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught from generator:", e)
print(next(g, "generator is finished"))


def with_cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup ran")


for v in with_cleanup():
    print(v)
collected = []
try:
    for v in failing():
        collected.append(v)
except ValueError:
    print("loop interrupted, collected", collected)


def catches_inside():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield "error %s" % e


print(list(catches_inside()))
