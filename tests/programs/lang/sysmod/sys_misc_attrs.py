import sys

print(sys.version_info[0] == 3)
print(sys.version_info >= (3, 0))
print(isinstance(sys.version, str))
print(type(sys.platform).__name__)
print(sys.byteorder in ("little", "big"))
print(callable(sys.exit), callable(sys.getrecursionlimit))
print(hasattr(sys, "argv"), hasattr(sys, "maxsize"), hasattr(sys, "no_such_attr"))
print(getattr(sys, "no_such_attr", "missing"))
out = sys.stdout
out.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print("to stdout", file=sys.stdout)
print(sys.modules is not None, "sys" in sys.modules)
print(sys.maxsize > 0)
try:
    sys.no_such_attr
except AttributeError as e:
    print("AttributeError:", e)
import sys as system
print(system is sys, system.maxsize == sys.maxsize)
from sys import maxsize, exit as sys_exit
print(maxsize == sys.maxsize, sys_exit is sys.exit)
