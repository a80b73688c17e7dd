def trace(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, sorted(kwargs.items()))
        result = func(*args, **kwargs)
        print("returned", repr(result))
        return result
    return wrapper


@trace
def add(a, b):
    return a + b


@trace
def greet(name, greeting="hi"):
    return greeting + " " + name


print(add(2, 3))
print(greet("ann"))
print(greet("bob", greeting="yo"))
print(add.__name__)


def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper


@count_calls
def square(x):
    return x * x


print([square(i) for i in range(4)])
print(square.calls)


def manual(x):
    return -x


manual = trace(manual)
print(manual(7))
