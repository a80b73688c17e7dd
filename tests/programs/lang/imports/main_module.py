# sys.modules["__main__"] and `import __main__` give the program's module: its
# attributes are the program's globals (read and written live).
import sys

main = sys.modules["__main__"]
print(main.__name__, main.__file__.endswith("main_module.py"), main.__cached__)
print(repr(main).startswith("<module '__main__' from '"))
counter = 1
import __main__

print(__main__ is main, __main__.counter)
counter = 2
print(main.counter)
main.added = "set through the module"
print(added)


def helper():
    return "helper"


print(main.helper(), hasattr(main, "missing"), getattr(main, "missing", "default"))
