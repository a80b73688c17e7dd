def bold(func):
    def wrapper(*a):
        print("bold wrapper")
        return "<b>" + func(*a) + "</b>"
    return wrapper


def italic(func):
    def wrapper(*a):
        print("italic wrapper")
        return "<i>" + func(*a) + "</i>"
    return wrapper


def log_decoration(name):
    print("creating decorator", name)

    def deco(func):
        print("applying", name, "to", func.__name__)
        return func
    return deco


@bold
@italic
def text(s):
    return s


@italic
@bold
def text2(s):
    return s


print(text("hi"))
print(text2("hi"))


@log_decoration("first")
@log_decoration("second")
def target():
    return "target called"


print(target())


def add_one(f):
    return lambda x: f(x) + 1


def times_two(f):
    return lambda x: f(x) * 2


@add_one
@times_two
@add_one
def base(x):
    return x


print(base(5))
