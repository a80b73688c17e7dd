# Imports of the program's own files from the script's directory.
import sys

print("first path entry is the script dir:", sys.path[0].endswith("imports"))

import geometry_helpers
print(geometry_helpers.circle_area(2), geometry_helpers.UNIT)
print(geometry_helpers.calls)
print(repr(geometry_helpers).startswith("<module 'geometry_helpers' from '"))
print(geometry_helpers.__file__.endswith("geometry_helpers.py"))
print(geometry_helpers.__name__, "geometry_helpers" in sys.modules)

# A second import finds the same module without running it again.
import geometry_helpers as g2
print(g2 is geometry_helpers)

from geometry_helpers import Box, circle_area as area
print(Box(3, 4).area(), area(1))

try:
    from geometry_helpers import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)

try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

import shapes
print(shapes.KIND, shapes.__name__, shapes.__path__[0].endswith("shapes"))

import shapes.polygons
print(shapes.polygons.sides("hexagon"))

import shapes.polygons as poly
print(poly.sides("square"), poly is shapes.polygons)

from shapes import polygons
print(polygons.sides("triangle"))

try:
    import geometry_helpers.inner
except ModuleNotFoundError as e:
    print(e)

# Relative imports inside the package.
from shapes import metrics
print(metrics.perimeter("square", 3))
from shapes.metrics import perimeter
print(perimeter("triangle", 2))
try:
    exec("from . import anything", {"__package__": ""})
except ImportError as e:
    print("ImportError", e)
try:
    exec("from .. import anything", {"__package__": "shapes"})
except ImportError as e:
    print("ImportError", e)
print(geometry_helpers.__doc__, geometry_helpers.__package__ == "", shapes.__package__, metrics.__package__)
