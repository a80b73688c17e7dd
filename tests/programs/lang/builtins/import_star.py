# from module import *: public names (or __all__) land in the namespace.
from math import *
from collections import *

print(pi, floor(2.5), sqrt(16), isfinite(1.0))
print(deque([1, 2]), "namedtuple" in dir(), "OrderedDict" in globals())
try:
    _check_names
except NameError as e:
    print("NameError:", e)


try:
    exec("class Holder:\n    from math import *\n")
except SyntaxError as e:
    print("SyntaxError")
total = 0
for x in range(3):
    total += factorial(x + 3)
print(total, gcd(12, 18), trunc(-2.5))
print(modf(-100.0), modf(-0.5), modf(2.5), modf(float("-inf")), modf(-0.0))
