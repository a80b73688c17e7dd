t = (1, 2)
s = "abc"
r = range(3)
n = 5
cases = []
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del n[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2]
try:
    lst[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst["k"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del lst[9]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[1:2] = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(t, s, lst)
