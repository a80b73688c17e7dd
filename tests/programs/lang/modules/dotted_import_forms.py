# The forms of importing a submodule: `import a.b` binds a, `import a.b as c`
# binds the submodule, `from a.b import x` reads from it.
import sys

import collections.abc

print(type(collections).__name__, collections.__name__, collections.abc.__name__)
print(collections.abc.Sized.__name__, "collections.abc" in sys.modules)

import collections.abc as abcmod

print(abcmod is collections.abc, abcmod.__name__)
from collections.abc import Iterable as It

print(It is collections.abc.Iterable)
from collections import abc as again

print(again is abcmod)
m = __import__("collections.abc")
print(m.__name__)
m = __import__("collections.abc", fromlist=["Sized"])
print(m.__name__)
try:
    import collections.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
