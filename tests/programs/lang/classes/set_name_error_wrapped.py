# An exception from __set_name__ surfaces as RuntimeError naming the
# attribute and class, with the original exception as its __cause__.
class Failing:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot bind {name}")


class Fine:
    def __set_name__(self, owner, name):
        print("bound", owner.__name__, name)


try:
    class Widget:
        ok = Fine()
        broken = Failing()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)

print(issubclass(bool, (int, str)))
for args in [(int, 1), ("a", int), (int, (str, 2))]:
    for f in (issubclass, isinstance):
        try:
            print(f(*args))
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
