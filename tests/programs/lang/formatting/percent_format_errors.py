cases = [
    ("%d", "x"),
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%s %s", ("only",)),
    ("%z", 5),
    ("%(k)s", (1,)),
    ("%(k)s", {"j": 1}),
    ("%c", "ab"),
    ("%f", "1.0"),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
print("%s" % "ok")
print("%s" % ((),))
print("no format" % ())
print("%s" % {"a": 1})
print("%r" % (["x", 1],))
print("%-6s|%6s|" % ("ab", "cd"))
print("%.2s" % "abcdef")
print("%5.1s|" % "xyz")
print("%03x" % 10)
print("%.3d" % 7)
print("%s" % 0.1, "%r" % 0.1)
print("%s" % 1e22, "%f" % 1e22)
