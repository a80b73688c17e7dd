# An index computed in a hot loop runs past the end of a shrinking list.
xs = list(range(100))

def get(i):
    return xs[i % 100]

def safe_get(i):
    try:
        return get(i)
    except IndexError:
        return -1

acc = 0
for i in range(3000):
    acc += safe_get(i * 3)
print("safe", acc)
xs.append(100)
acc = 0
for i in range(10000):
    acc += get(i)
    if i % 1000 == 0:
        print(i, acc, len(xs))
    if i == 7777:
        xs.pop()
        xs.pop()
        print("popped", len(xs))
print("unreachable", acc)
