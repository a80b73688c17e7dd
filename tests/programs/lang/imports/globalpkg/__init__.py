# A package whose submodule keeps state in its globals (module_globals.py).
from .state import counter_value

PKG_LEVEL = 'pkg'


def set_pkg_level(v):
    global PKG_LEVEL
    PKG_LEVEL = v
