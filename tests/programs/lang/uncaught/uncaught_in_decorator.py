def validate_positive(func):
    def wrapper(*args):
        print("validating", args)
        for a in args:
            if a <= 0:
                raise ValueError("%s got non-positive argument %r" % (func.__name__, a))
        return func(*args)
    return wrapper


@validate_positive
def area(w, h):
    return w * h


@validate_positive
def volume(w, h, d):
    return w * h * d


print(area(2, 3))
print(volume(1, 2, 3))
try:
    area(0, 5)
except ValueError as e:
    print("caught:", e)
print(area.__name__)
print(volume(2, -1, 4))
print("not reached")
