# __qualname__ of builtin functions and methods (bound and unbound).
import math

items = [
    len,
    print,
    [].append,
    list.append,
    (7).to_bytes,
    int.from_bytes,
    dict.fromkeys,
    {}.setdefault,
    "s".upper,
    str.join,
    b"x".hex,
    math.floor,
]
for f in items:
    print(f.__name__, f.__qualname__)
