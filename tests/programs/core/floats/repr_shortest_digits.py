# repr of floats across the whole exponent range: shortest round-trip
# digits, with ties between two shortest candidates broken to even.
x = 88172645463325252
out = []
for e in range(-1074, 972, 7):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    m = x % 2**53
    for v in (m * 2.0**e, (m >> 27) * 2.0**e, float(m % 1000) * 10.0 ** (e // 40)):
        out.append(repr(v))
print(len(out))
for i in range(0, len(out), 6):
    print(" ".join(out[i:i + 6]))
for v in (1e23, 8.41e21, 5e-324, 2.0**-1074 * 3, 9007199254740993.0, 0.1 + 0.2, 1 / 3, 2 / 3,
          123456789012345680.0, 1e16, 1e15 + 0.5, 0.001, 0.0001, 1e-5, 1.7976931348623157e308,
          2.2250738585072014e-308, 4.35, 0.3, 100.0, -0.0, 5e-7, 1234.5):
    print(repr(v), str(-v), float(repr(v)) == v)
print(f"{0.1:.20f} {1e23:.3e} {2.5:.0f} {3.5:.0f} {1e-7:g} {123456789.0:g} {0.5:%}")
