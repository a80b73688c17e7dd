# from-import of a missing name raises ImportError (not AttributeError);
# attribute access on the module still raises AttributeError.
from math import pi, sqrt as root
import sys

print(pi > 3, root(16))
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import tau, missing_fn
except ImportError as e:
    # math may be an extension module in CPython: its location varies.
    print(type(e).__name__, str(e).startswith("cannot import name 'missing_fn' from 'math'"))
try:
    sys.no_such_name
except AttributeError as e:
    print("AttributeError", e)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
