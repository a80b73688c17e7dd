# Found by tools/fuzz.py (seed 114): divmod(int, float) converts the int to a float
# first, so a too-large int raises OverflowError before the zero divisor is seen
# (tierpy raises ZeroDivisionError: float divmod()).
for a in [7**500, 10**400, -(2**1100), 2**64, 5]:
    for b in [0.0, -0.0, 0, 2.5]:
        try:
            print(divmod(a, b) if abs(a) < 2**100 or b != 2.5 else "big")
        except (ZeroDivisionError, OverflowError) as e:
            print(type(e).__name__ + ":", e)
