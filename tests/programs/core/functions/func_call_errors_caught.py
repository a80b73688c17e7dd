def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, 2, 3, c=4)
except TypeError as e:
    print(type(e).__name__, e)
def none():
    return 0
try:
    none(1)
except TypeError as e:
    print(type(e).__name__, e)
def one(x):
    return x
try:
    one(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    one(y=2)
except TypeError as e:
    print(type(e).__name__, e)
lam = lambda x, y: x
try:
    lam(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*[1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1, "c": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "s"
    s(1)
except TypeError as e:
    print(type(e).__name__, e)
