# A dict lookup in a hot function misses after thousands of hits.
table = {i: i * 3 for i in range(4000)}

def lookup(k):
    return table[k]

def run(n):
    s = 0
    for i in range(n):
        s += lookup(i)
        if i % 700 == 0:
            print(i, s)
        if i == 3000:
            del table[3500]
    return s

misses = 0
for i in range(5000):
    try:
        lookup(i)
    except KeyError:
        misses += 1
print("misses", misses)
table[(1, 2)] = "tuple key"
print(lookup((1, 2)), len(table))
print(run(3400))
print(run(5000))
