a = [1, 2, 3, 2, 1]
print(a.index(1), a.index(2), a.index(1, 1), a.index(2, 2, 4))
print(a.count(1), a.count(2), a.count(4), a.count(1.0), [[1]].count([1]))
try:
    a.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[-6] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[-5])
