# The platform module's identity functions, None.__bool__, and assigning
# __class__ on objects of builtin types.
import platform
import sys

print(platform.python_implementation())
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(n) for n in sys.version_info[:3]))
print(platform.system(), type(platform.machine()).__name__)

print(type(None).__bool__(None), None.__bool__(), bool(None))
try:
    None.__bool__(1)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


class Other:
    pass


obj = Plain()
obj.__class__ = Other
print(type(obj).__name__)

for value in (1, "text", [1], None, (1,), 2.5, len):
    for target in (Other, 5):
        try:
            value.__class__ = target
        except TypeError as e:
            print(type(value).__name__, "TypeError:", e)
