# str.format: replacement fields nested in a spec share the automatic
# numbering of the outer string; conversion and recursion errors.
print(repr("{:{}{}}".format("a", ">", 5)))
print(repr("{:{}}|{}".format(1.5, 9, "next")))
print(repr("{0:{1}}{2}".format(1.5, 9, "x")))
print(repr("{0:>{w}.{p}f}".format(3.14159, w=8, p=2)))
print(repr("{:^{}.{}}".format("abcdef", 7, 3)))
print(repr("{!r:>{}}".format("q", 6)))
for f in ["{0!x}", "{0!rr}", "{:{:{}}}", "{0:{}}", "{:{0}}", "{0!}"]:
    try:
        print(repr(f.format(1, 2, 3)))
    except ValueError as e:
        print(f, "ValueError:", e)
