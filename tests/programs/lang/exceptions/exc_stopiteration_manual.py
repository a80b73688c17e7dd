it = iter([1, 2])
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value, e.args)


def gen():
    yield 1
    return "retval"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("custom")
        return self.i


x = It()
print(list(x))
try:
    next(x)
except StopIteration as e:
    print(e.value, e)


def bad_gen():
    yield 1
    raise StopIteration("inside")


try:
    print(list(bad_gen()))
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__)
