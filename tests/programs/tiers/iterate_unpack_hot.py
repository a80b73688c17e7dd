# for-loops over lists and tuple unpacking in hot code: an exhausted list
# iterator stays exhausted when the list grows, a list growing while it is
# iterated, unpacking of lists, tuples, strings and wrong lengths; `is`,
# `is not` and `not` on the way.
def drain(it):
    n = 0
    for x in it:
        n += x
    return n


def unpack_all(pairs):
    t = 0
    for a, b in pairs:
        if a is None or not b:
            continue
        t += a * b
    return t


def grow(xs):
    n = 0
    for x in xs:
        if x is not None and len(xs) < 50:
            xs.append(x + 1)
        n += 1
    return n


for i in range(300):
    drain([i, 1, 2])
    unpack_all([(1, 2), [3, 4], (None, 1), (5, 0)])
xs = [1, 2, 3]
it = iter(xs)
print(drain(it))
xs.append(4)
print(drain(it), list(it), drain(iter(xs)))
print(grow([0]), grow([None, 1]))
try:
    print(unpack_all([("ab", 2), ("c", 3)]))
except TypeError as e:
    print("TypeError", e)
for bad in ([(1, 2, 3)], [(1,)], ["abc"], [5]):
    try:
        print(unpack_all(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(unpack_all(["xy"]) if False else "skip")
try:
    unpack_all([("a", "b")])
except TypeError as e:
    print("TypeError", e)
