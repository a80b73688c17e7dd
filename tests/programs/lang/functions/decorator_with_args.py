def repeat(times):
    def decorate(func):
        def wrapper(*args):
            results = []
            for _ in range(times):
                results.append(func(*args))
            return results
        return wrapper
    return decorate


def prefix(text, sep=": "):
    def decorate(func):
        def wrapper(*args, **kw):
            return text + sep + str(func(*args, **kw))
        wrapper.__name__ = func.__name__
        return wrapper
    return decorate


@repeat(3)
def shout(word):
    return word.upper()


@prefix("result")
def compute(x, y=1):
    return x * y


@prefix("note", sep=" -> ")
def note():
    return "hello"


print(shout("hey"))
print(compute(6, y=7))
print(compute(5))
print(note())
print(compute.__name__, note.__name__)
counter = {"n": 0}


def register(registry, key):
    def deco(f):
        registry[key] = f
        return f
    return deco


handlers = {}


@register(handlers, "double")
def dbl(x):
    return 2 * x


@register(handlers, "neg")
def neg(x):
    return -x


print(sorted(handlers))
print([handlers[k](5) for k in sorted(handlers)])
print(dbl(4))
