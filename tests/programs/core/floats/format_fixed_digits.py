# Fixed-point formats (%.Nf, format(v, ".Nf")) round the exact binary value
# half to even, at every magnitude and precision.
x = 88172645463325252
out = []
for e in range(-80, 80, 3):
    for j in range(6):
        x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
        m = x % 2**53 >> (j % 50)
        v = m * 2.0 ** (e - 30)
        for p in (0, 1, 2, 3, 6, 10, 17, 20, 25):
            out.append(format(v, ".%df" % p))
        out.append("%.2f %.0f %.1f" % (v / 3, -v, j + 0.5))
for v in (0.125, 0.375, 2.5, 3.5, 0.5, 1.5, -0.5, 5e-324, 1e22, 1e23, 2.0**70, 0.05, 0.15, 0.25, 0.35):
    out.append("%.0f %.1f %.2f %.3f %.30f" % (v, v, v, v, v))
print("\n".join(out))
