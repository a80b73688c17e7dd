class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError(i)
        return i * i


s = Squares(4)
for v in s:
    print("value", v)
print(list(Squares(3)))
print(2 in Squares(3))
print(4 in Squares(3))
it = iter(Squares(2))
print(next(it))
print(next(it))
print(next(it, "end"))


class Letters:
    def __getitem__(self, i):
        return "abcde"[i]


print(list(Letters()))
print("".join(Letters()))
print(sorted(Letters(), reverse=True))
x, y, *rest = Letters()
print(x, y, rest)
print(Letters()[1], Letters()[-1])
