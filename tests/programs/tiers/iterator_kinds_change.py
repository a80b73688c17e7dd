# `for` loops whose iterators the FTL proves to be range or list iterators
# (checked where they are made and where compiled code is entered), then
# meets other iterables: tuples, strings, ranges, list subclasses, a rebound
# `range`, generators, iterators shared with the loop body.


def walk(rows):
    total = 0
    for row in rows:
        for v in row:
            total += v
    return total


def count(n):
    s = 0
    for i in range(n):
        s += i
    return s


class MyList(list):
    def __iter__(self):
        return iter([100, 200])


def shared(n):
    it = iter(list(range(n)))
    out = []
    for x in it:
        out.append(x)
        if x % 5 == 0:
            out.append(next(it, -1))
    return out


grid = [[i, i + 1, i + 2] for i in range(300)]
for k in range(40):
    walk(grid)
    count(500)
print(walk(grid))
print(walk([(1, 2, 3)] * 300 + [[4, 5]] * 300 + [(6,)] * 300))
print(walk([range(5)] * 200 + [[1]] * 200))
print(walk([[1, 2]] * 250 + [MyList([1, 2])] * 50 + [[3]] * 250))
print(walk([[1.5, 2.5]] * 100 + [[1, 2]] * 100))
print(walk([[10**20, 1]] * 100 + [[1, 2]] * 100))


def gen(n):
    for i in range(n):
        yield i


print(walk([gen(4)] * 3 + [[7, 8]] * 300))
print(count(1000))
range_builtin = range


def fake_range(n):
    return [n, 1]


range = fake_range
print(count(7))
range = range_builtin
print(count(7))
for k in range(30):
    shared(20)
print(shared(23))
