# memoryview's attributes cannot be assigned; math.isclose takes two
# positional arguments.
import math

m = memoryview(bytearray(b"abc"))
for name in ("itemsize", "format", "readonly", "nbytes", "shape", "obj"):
    try:
        setattr(m, name, 1)
    except AttributeError as e:
        print("AttributeError", e)
print(m.itemsize, m.format, m.readonly, m.nbytes, m.shape, m.ndim, m.strides)
try:
    math.isclose(1, 1, 0.5)
except TypeError as e:
    print("TypeError", e)
print(math.isclose(1, 1.0000001, rel_tol=1e-3))
