class MyList(list):
    def sum(self):
        return sum(self)

    def __repr__(self):
        return "MyList(" + super().__repr__() + ")"


class MyDict(dict):
    def __missing__(self, key):
        return "default-" + str(key)


class Upper(str):
    def shout(self):
        return self.upper() + "!"


ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), ml[1:], type(ml[1:]).__name__)
print(isinstance(ml, list), type(ml).__name__)
md = MyDict(a=1)
print(md["a"], md["zzz"], "zzz" in md, len(md))
u = Upper("hey")
print(u, u.shout(), u + " there", type(u + "x").__name__, len(u))


class PositiveInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)


p = PositiveInt(5)
print(p + 1, type(p).__name__, type(p + 1).__name__, p == 5)
try:
    PositiveInt(-1)
except ValueError as e:
    print("ValueError:", e)


class LoudError(ValueError):
    def __str__(self):
        return super().__str__().upper()


try:
    raise LoudError("quiet words")
except ValueError as e:
    print(e, repr(e))
