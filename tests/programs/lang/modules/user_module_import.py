# Importing a module that sits next to the program (sys.path[0] is the
# program's directory), once only, in each form of the import statement.
import sys

print(sys.path[0].rsplit("/", 1)[-1], __file__.rsplit("/", 2)[-2])

import user_module_helper

print(user_module_helper.GREETING, user_module_helper.double(4))
from user_module_helper import Box, double

print(Box([1, 2]), double("ab"))
import user_module_helper as helper

print(helper is user_module_helper, helper.loads, "user_module_helper" in sys.modules)
print(type(helper).__name__, helper.__name__, helper.__file__.rsplit("/", 1)[-1])

try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)

try:
    from user_module_helper import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
