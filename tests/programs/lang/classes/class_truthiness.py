class WithBool:
    def __init__(self, flag):
        self.flag = flag

    def __bool__(self):
        print("bool called", self.flag)
        return self.flag


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("len called", self.n)
        return self.n


class Both:
    def __bool__(self):
        print("Both.__bool__")
        return True

    def __len__(self):
        print("Both.__len__")
        return 0


class Neither:
    pass


print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)))
print(bool(Both()))
print(bool(Neither()))
if WithLen(0):
    print("nonempty")
else:
    print("empty")
print(not WithBool(False))
print(WithBool(False) or "fallback")
x = WithLen(2) and "second"
print(x)
print([i for i, o in enumerate([WithLen(0), WithLen(1), WithBool(True)]) if o])
while WithBool(False):
    print("never")
print(len(WithLen(7)))
try:
    bool(WithBool(1))
except TypeError as e:
    print("TypeError:", e)
try:
    len(WithLen(-1))
except ValueError as e:
    print("ValueError:", e)
