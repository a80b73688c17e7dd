# Replacing builtins.__import__ changes what import statements do: the hook
# gets the name, globals, locals, fromlist and level.
import builtins

real_import = builtins.__import__
seen = []


class Fake:
    alpha = 1
    beta = 2
    sibling = 3


def hook(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append(name)
    print("hook", name, fromlist, level, globals is not None and "__name__" in globals, locals is None)
    if name == "math":
        return real_import(name, globals, locals, fromlist, level)
    return Fake


builtins.__import__ = hook
import widget
import widget.part
from widget import alpha
from widget.part import alpha, beta
from . import sibling
from ..pkg import beta as b2
import math
print(widget is Fake, alpha, beta, sibling, b2, math.floor(2.5))


def in_function():
    import inner_mod
    from inner_mod import alpha as a2
    return inner_mod, a2


print(in_function())
builtins.__import__ = real_import
print(seen)
try:
    import widget
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
