# printf-style int conversions with and without flags, widths and
# precisions, for small, negative, machine-word and big ints, and floats
# given to integer conversions.
vals = [0, 7, -7, 255, -255, 2**47, -2**47 - 1, 2**63, -2**63, 3**50, -(3**50), True, 12.9, -0.5]
for fmt in ("%d", "%i", "%u", "%x", "%X", "%o", "%5d", "%-6d|", "%06d", "%+d", "% d", "%#x", "%#o",
            "%#X", "%.3d", "%8.4d", "%-+8d|", "%0+7x"):
    row = []
    for v in vals:
        try:
            row.append(fmt % v)
        except TypeError as e:
            row.append("TypeError: " + str(e))
    print(fmt, row)
print("bad %d" % 5, "%s-%d-%r" % ("a", 3, "b"), "%(n)d items" % {"n": 4})
print("%d%%" % 50, "%c%c" % (65, "z"), "%5s|%-5s|" % (1, 2))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
