def accumulator():
    total = 0
    while True:
        value = yield total
        print("received", value)
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)


def echo():
    received = None
    while True:
        received = yield "echo: %r" % (received,)


e = echo()
print(e.send(None))
print(e.send("hi"))
print(e.send([1, 2]))
print(next(e))
try:
    echo().send(1)
except TypeError as err:
    print("TypeError:", err)


def averager():
    total, n = 0.0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n


a = averager()
next(a)
print([a.send(v) for v in [10, 20, 60]])
