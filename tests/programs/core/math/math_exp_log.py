import math
for x in [0, 1, -1, 2, 0.5, 10, -10, 100, 1e-10]:
    print(x, repr(math.exp(x)))
for x in [1, math.e, 2, 10, 0.5, 100, 1e-10, 1e300, 2**1000]:
    print(x if not isinstance(x, int) or x < 10**10 else "2**1000", repr(math.log(x)))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(81, 3), math.log(2, 8))
print(math.log(1024, 2), math.log(10**30, 10), math.log(1, 5))
print(math.exp(math.log(5)), math.log(math.exp(3)))
print(math.exp(709), math.exp(-745), math.exp(-746))
print(math.log(math.inf), math.exp(-math.inf), math.exp(math.inf))
for bad in [0, -1, -0.5]:
    try:
        math.log(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.exp(710)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
