# A submodule using relative imports (run on its own it has no parent package).
from .polygons import sides
from . import polygons as poly_module


def perimeter(name, length):
    return sides(name) * length


print("metrics loaded:", __name__, __package__, poly_module.__name__)
