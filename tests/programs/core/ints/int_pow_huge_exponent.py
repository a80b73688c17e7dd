# 0, 1 and -1 raised to exponents far beyond a machine word.
big = 1 << 70
odd = big + 1
print(0 ** big, 1 ** big, (-1) ** big, (-1) ** odd, 0 ** 0, 1 ** odd)
print(pow(1, big), pow(-1, odd), pow(0, big), (-1) ** (big * big + 1))
print(1 ** (-big), (-1) ** (-odd), 2 ** 10, (-2) ** 3)
try:
    0 ** (-big)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
