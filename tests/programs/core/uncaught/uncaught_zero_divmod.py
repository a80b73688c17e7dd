print(divmod(17, 17), divmod(0, 3), divmod(1, 3))
print(divmod(-0.5, 0.25), divmod(2 ** 40, 2 ** 20))
print(divmod(100, 7), divmod(-100, 7), divmod(100, -7))
def split_time(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return h, m, s
for t in [0, 59, 60, 3599, 3600, 86399, 100000]:
    print(t, split_time(t))
print(divmod(-7, 2), divmod(7.5, 2.5), divmod(2 ** 70, 3))
chunks = [10, 4, 3]
items = 25
for c in chunks:
    full, rest = divmod(items, c)
    print(c, full, rest)
print("float divmod zero next")
pairs = [(9.0, 2.0), (1.0, 0.5), (3.0, 0.0)]
for a, b in pairs:
    print(a, b)
    print(divmod(a, b))
