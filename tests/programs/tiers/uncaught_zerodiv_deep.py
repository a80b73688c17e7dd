# Hot loop runs long enough to tier up, then a ZeroDivisionError escapes from deep frames.
def inner(a, b):
    return a // b

def middle(a, b):
    return inner(a * 2, b) + 1

def outer(i):
    return middle(i, 5000 - i)

def guarded(i):
    try:
        return outer(i)
    except ZeroDivisionError:
        return "div0"

print("guarded", [guarded(i) for i in (4998, 4999, 5000, 5001, 5002)])
floats = 0.0
for i in range(1000):
    floats += inner(i * 1.5, 7)
print("floats", repr(floats))
total = 0
for i in range(1, 6000):
    total += outer(i) % 1000
    if i % 500 == 0:
        print(i, total)
print("not reached", total)
