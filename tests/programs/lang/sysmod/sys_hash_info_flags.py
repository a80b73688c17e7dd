# sys.hash_info describes the numeric hash; sys.flags and sys.executable exist.
import sys

info = sys.hash_info
print(info)
print(info.width, info.modulus == 2**61 - 1, info.inf, info.imag, info.algorithm)
print(hash(float("inf")) == info.inf, hash(-float("inf")) == -info.inf)
print(hash(info.modulus) == 0, hash(info.modulus + 5) == 5, hash(1j) == info.imag)
print(sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, len(sys.flags))
print(type(sys.executable).__name__, len(sys.executable) > 0)
