# Complex numbers: literals, construction, arithmetic, comparison, hashing,
# repr and errors.
import math

print(1j, 2.5j, 1e16j, 0j, -0j, 1 + 2j, 1.5 - 0.5j, (1 + 2j) * (3 - 1j))
print(complex(), complex(1), complex(1.2), complex(1j), complex(1, 2), complex(1j, 2j))
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 1), complex(real=2, imag=3))
for s in ["1", "1.2j", "1+2j", " -1-2j ", "+1-2j", "(1+2j)", " ( 1+2j ) ", "j", "-J", "1-j",
          "inf+nanj", "1e3j", "-1.5e-3+2E2j"]:
    print(repr(s), complex(s))
for s in ["", "()", "1+", "j1", "1..2", "(1", "1e", "infj+1", "1 + 2j", "1+2", "1j+2", "1+2j+3"]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), e)

z = 3 - 4j
print(z.real, z.imag, z.conjugate(), abs(z), -z, +z, bool(z), bool(0j))
print(z + 1, 1 + z, z - 2.5, 2.5 - z, z * 2, 2 * z, z / 2, 2 / z, z / z, z ** 2, 2 ** z)
print(1j ** 2, (1 + 1j) ** -2, 0j ** 0, 1j * 2j, (1j / 2j).real, 1j / (1 + 2j))
ans = 1j ** 2.5
print("%.5g %.5g" % (ans.real, ans.imag))
ans = (-1) ** 2.3
print("%.5g %.5g" % (ans.real, ans.imag))
ans = (-8) ** (1 / 3)
print("%.5g %.5g" % (ans.real, ans.imag))
print(1j + (1 << 70), sum([1j, 2, 0.5]), float("nan") * 1j, float("-inf") * (1 + 1j))

print(1j == 1j, 1j == 1, 1 + 0j == 1, 1.0 == 1 + 0j, True == 1 + 0j, 0j == False, 1j != 1j)
nan = float("nan") * 1j
print(nan == nan, nan != nan, [nan] == [nan])
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j), type(hash(1j)).__name__)
print({1j: "a", 2: "b"}[1j], 3j in [3j], [1j, 2j].index(2j), {1 + 0j: 0} == {1: 0})
print(type(1j).__name__, isinstance(2j, complex), str(3 + 4j), f"{1 + 2j}", "%s %r" % (1j, 2j))


class WithComplex:
    def __complex__(self):
        return 10 + 1j


class WithFloat:
    def __float__(self):
        return 2.5


print(complex(WithComplex()), complex(WithFloat()), complex(WithFloat(), WithFloat()))


class Radd:
    def __radd__(self, other):
        return "radd", other


print(1j + Radd())

errors = [
    lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]), lambda: complex(1, []),
    lambda: int(1j), lambda: float(1j), lambda: pow(1j, 2, 3), lambda: 1j % 2, lambda: 1j // 2,
    lambda: divmod(1j, 1), lambda: 1j < 2j, lambda: 1j > 1, lambda: 1 | 1j, lambda: ~1j,
    lambda: 1j / 0, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 10j ** 1000,
    lambda: round(1j), lambda: math.sqrt(1j), lambda: "%f" % 1j, lambda: 1j + [],
    lambda: setattr(1j, "imag", 0),
]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError) as e:
        print(type(e).__name__)
print((1e308 + 1e308j) * (1e308 + 1e308j), abs(complex(1e308, 1e308)))
