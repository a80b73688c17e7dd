"""The module docstring becomes __doc__."""
print(__doc__)
print(repr(globals()["__doc__"]), "__doc__" in globals())
ns = {}
exec('"""exec doc"""\nx = 1', ns)
print(ns["__doc__"], ns["x"])
ns2 = {}
exec("y = 2", ns2)
print("__doc__" in ns2)
try:
    enumerate()
except TypeError as e:
    print(e)
