vals = [1, 1.5, "s", [1], (1,), {"k": 1}, None, True, range(2), 2**100, -0.0, ""]
for v in vals:
    print(repr(v), type(v), type(v).__name__)
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance("a", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(1, (str, int)), isinstance(1.5, (str, int)), isinstance(None, (int, type(None))))
print(isinstance([], (tuple, (dict, list))))
print(isinstance(range(1), range))
print(type(1) == int, type(1) is int, type(True) is int, type(True) is bool)
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__)
print(type(type(1)), type(int).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(int, float, str, list, tuple, dict, bool, type(None), range)
