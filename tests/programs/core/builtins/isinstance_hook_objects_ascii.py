# isinstance/issubclass with an object (not a class) whose class defines
# __instancecheck__/__subclasscheck__, and ascii() keeping an all-ASCII repr object.
class Anything:
    def __instancecheck__(self, obj):
        print("  instancecheck", type(obj).__name__)
        return isinstance(obj, int)

    def __subclasscheck__(self, cls):
        return cls.__name__.startswith("S")


print(isinstance(3, Anything()), isinstance("x", Anything()), isinstance(3, (str, Anything())))
print(issubclass(str, Anything()), issubclass(int, Anything()))
try:
    isinstance(1, object())
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(int, 5)
except TypeError as e:
    print("TypeError", e)


class Label(str):
    pass


class Plain:
    def __repr__(self):
        return Label("plain")


class Accented:
    def __repr__(self):
        return Label("caf\xe9")


print(type(ascii(Plain())).__name__, ascii(Plain()), type(ascii(Accented())).__name__, ascii(Accented()))
print(ascii("ok"), ascii("\u20ac"), ascii([1, "\xe9"]))


class Everything:
    def __subclasscheck__(self, cls):
        return True


print(issubclass([], Everything()), issubclass(3, Everything()))
for call in (lambda: issubclass(1, int), lambda: issubclass(1, (int, str)), lambda: issubclass([], ())):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
