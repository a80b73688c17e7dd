# sys.implementation and sys.version_info with named fields; classes print
# the module they were defined in.
import sys
import collections

print(sys.implementation.name, sys.implementation.cache_tag)
print(sys.implementation.version == sys.version_info, type(sys.implementation).__name__)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel)
print(sys.version_info >= (3, 8), sys.version_info < (4,), len(sys.version_info), type(sys.version_info))
major, minor, *rest = sys.version_info
print(major, minor, len(rest), isinstance(sys.version_info, tuple))
is_micropython = sys.implementation.name == "micropython"
print(is_micropython)


class Local:
    pass


print(Local, Local.__module__, collections.OrderedDict, collections.OrderedDict.__module__)
print(repr(Local()).startswith("<__main__.Local object at 0x"))
