# Found by tools/fuzz.py (seed 105): math.fmod() returns nan when either argument
# is a NaN (even fmod(nan, 0.0) and fmod(inf, nan)); only finite/inf misuse
# raises "math domain error".
import math

nan, inf = float("nan"), float("inf")
for a, b in [(nan, 0.0), (nan, -0.0), (nan, 1.5), (inf, nan), (1.0, nan), (nan, nan),
             (inf, 1.0), (1.0, 0.0), (7.5, 2.0), (-7.5, inf)]:
    try:
        print(repr(a), repr(b), repr(math.fmod(a, b)))
    except ValueError as e:
        print(repr(a), repr(b), "ValueError:", e)
