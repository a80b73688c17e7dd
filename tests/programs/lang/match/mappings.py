# Mapping patterns: keys, values, **rest, subclasses, get() protocol.


def describe(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} rest={rest}"
        case {"type": t}:
            return f"some {t}"
        case {}:
            return "mapping"
        case _:
            return "not a mapping"


for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1},
          {"type": "circle", "r": 5, "color": "red", "z": 0}, {"type": "circle", "r": 1},
          {"type": "square"}, {}, {"other": 1}, [], "type", None, [("type", 1)]]:
    print(v, "->", describe(v))

# **rest copies and excludes matched keys; the subject is untouched.
d = {1: "a", 2: "b", 3: "c"}
match d:
    case {1: a, **others}:
        print(a, others, d, others is d)
match {}:
    case {**rest}:
        print("empty rest", rest)

# Non-string keys, negative numbers, value patterns as keys.
class K:
    key = "dynamic"


match {-1: "neg", 2.5: "f", None: "n", True: "t", K.key: "d", (1, 2): "tuple"}:
    case {-1: a, 2.5: b, None: c, True: e, K.key: f}:
        print(a, b, c, e, f)

# Values matched against sub-patterns.
match {"a": [1, 2], "b": {"c": 3}}:
    case {"a": [x, y], "b": {"c": z}}:
        print(x, y, z)
match {"a": 1}:
    case {"a": 2}:
        print("wrong")
    case {"a": 1 | 2 as v}:
        print("or in mapping", v)


# get() is how keys are looked up: __missing__ is not triggered.
class Default(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0


match Default(x=1):
    case {"y": y}:
        print("wrong", y)
    case {"x": x}:
        print("Default x", x)


class Logged(dict):
    def get(self, key, default=None):
        print("  get", key)
        return dict.get(self, key, default)


match Logged(a=1, b=2):
    case {"a": 1, "b": 3}:
        print("wrong")
    case {"a": a, "b": b, **kw}:
        print("Logged", a, b, kw)

import collections

match collections.OrderedDict([("k", "v")]):
    case {"k": v}:
        print("OrderedDict", v)
match collections.defaultdict(int, {"a": 1}):
    case {"a": a, "zz": z}:
        print("wrong")
    case {"a": a}:
        print("defaultdict", a)
match collections.Counter("aab"):
    case {"a": n, **more}:
        print("Counter", n, more)

# Duplicate keys through value patterns are a runtime ValueError.
class Same:
    a = "k"
    b = "k"


try:
    match {"k": 1, "j": 2}:
        case {Same.a: 1, Same.b: 1}:
            print("wrong")
except ValueError as e:
    print("ValueError:", e)

# An unhashable key is a TypeError.
class Unhashable:
    key = [1]


try:
    match {"x": 1}:
        case {Unhashable.key: 1}:
            print("wrong")
except TypeError as e:
    print("TypeError:", e)

# Length check first: too short mappings fail without lookups.
match Logged(a=1):
    case {"a": 1, "b": 2}:
        print("wrong")
    case _:
        print("too short, no get calls")


# Hot loop so the JIT tiers compile mapping patterns.
def hot(n):
    total = 0
    events = [{"kind": "add", "n": 2}, {"kind": "mul", "n": 3, "extra": 1}, {"kind": "noop"}, {"n": 1}]
    for i in range(n):
        match events[i % 4]:
            case {"kind": "add", "n": k}:
                total += k
            case {"kind": "mul", "n": k, **rest}:
                total += k * len(rest)
            case {"kind": _}:
                total -= 1
            case {}:
                total += 7
    return total


print(hot(2000))
