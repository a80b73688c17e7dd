# The builtins module: builtin names as attributes; assigning or deleting one
# changes what every module sees.
import builtins
print(builtins.len([1, 2]), builtins.abs(-3), builtins.__name__, builtins.int is int, type(builtins).__name__)
print(hasattr(builtins, 'print'), hasattr(builtins, 'nope'), 'range' in dir(builtins))
orig = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-1))
def f():
    return abs(-2)
for _ in range(3):
    print(f())
builtins.abs = orig
print(abs(-1), f())
builtins.my_global = 42
print(my_global)
del builtins.my_global
try:
    my_global
except NameError as e:
    print("NameError", e)
import builtins as b2
print(b2 is builtins, repr(builtins))
