class ConfigError(Exception):
    pass


def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise ConfigError("missing key " + key) from e


try:
    load("b")
except ConfigError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print(type(e.__cause__).__name__)
    print(e.__suppress_context__)
    print(e.__context__ is e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)

try:
    raise RuntimeError("outer") from TypeError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)

print(load("a"))
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError("bad") from 5
except TypeError as te:
    print("TypeError:", te)
