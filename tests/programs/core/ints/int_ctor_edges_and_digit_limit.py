# int() argument edge cases, int.from_bytes with every argument by keyword, the
# numeric attributes of int/float subclass instances, int.__round__(None), and the
# int-to-decimal-string digit limit across formatting paths.
import sys


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("int(base=2)", lambda: int(base=2))
attempt("int(1, base=2)", lambda: int(1, base=2))
for b in (-1, 1, 37, 10**15, -(10**15), 2**80):
    attempt(f"base {b}", lambda: int("1", base=b))
attempt("from_bytes kw", lambda: int.from_bytes(bytes=b"\x01\x00", byteorder="big"))
attempt("from_bytes kw signed", lambda: int.from_bytes(bytes=b"\xff\xfe", byteorder="big", signed=True))
attempt("to_bytes kw", lambda: (258).to_bytes(length=3, byteorder="little"))


class Count(int):
    pass


class Weight(float):
    pass


c, w = Count(7), Weight(1.5)
for name in ("real", "imag", "numerator", "denominator"):
    v = getattr(c, name)
    print("Count", name, v, type(v).__name__, v is c)
for name in ("real", "imag"):
    v = getattr(w, name)
    print("Weight", name, v, type(v).__name__)
print(True.real, type(True.numerator).__name__)

attempt("int round None", lambda: (5).__round__(None))
attempt("float round None", lambda: (2.5).__round__(None))
attempt("round(int, None)", lambda: round(7, None))

old = sys.get_int_max_str_digits()
sys.set_int_max_str_digits(640)
big = 7 ** 800
print(len(str(big % 10**600)))
for label, f in [
    ("str", lambda: str(big)),
    ("%d", lambda: "%d" % big),
    ("%i", lambda: "%i" % big),
    ("b%d", lambda: b"%d" % big),
    ("format d", lambda: format(big, "d")),
    ("format ,", lambda: format(big, ",")),
    ("f-string n", lambda: f"{big:n}"),
    ("format empty", lambda: format(big, "")),
]:
    try:
        f()
        print(label, "ok")
    except ValueError as e:
        print(label, "ValueError", e)
for label, f in [("%x", lambda: "%x" % big), ("format b", lambda: format(big, "b")), ("hex", lambda: hex(big))]:
    print(label, len(f()))
sys.set_int_max_str_digits(old)
print(len(str(big)))
