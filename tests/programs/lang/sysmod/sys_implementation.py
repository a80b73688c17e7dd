# sys.implementation, sys.version_info, float_info and int_info with named fields,
# a few sys constants; classes print
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
import sys
print(sys.version_info, sys.version_info.major, sys.version_info[:2] >= (3, 6), type(sys.version_info))
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.mant_dig, sys.float_info.dig, sys.float_info[0])
print(sys.float_info)
print(sys.int_info, sys.maxunicode, hex(sys.hexversion), sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.float_repr_style)
print(sys.implementation.name, sys.implementation.version.minor, len(sys.float_info), sys.version_info.n_fields if hasattr(sys.version_info, 'n_fields') else '')
