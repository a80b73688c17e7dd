t = (1, 2, 3)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(t[3])
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = t
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = t
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c, d, e = t
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t["a"]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
