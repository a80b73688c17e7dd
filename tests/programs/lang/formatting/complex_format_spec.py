# format() of complex numbers with a spec: both parts by the type code, or
# repr-style without one; width and alignment for the whole; errors for
# '=' alignment, zero padding and non-float codes.

values = [3 + 4j, 2j, -1.5j, 2.25 + 0j, complex(-0.0, 1), complex(1e16, -1e-3)]
specs = ["", ">12", "<12|", "^13", ".2f", ".3", "+", " ", ".1e", "E", "g", "*>16.1f", ",.1f", "#", "#.2g"]
for v in values:
    row = []
    for spec in specs:
        core = spec.rstrip("|")
        row.append(format(v, core) + ("|" if spec.endswith("|") else ""))
    print(repr(v), row)

for spec in ("d", "=8", "08", "%", "x"):
    try:
        print(format(1 + 1j, spec))
    except ValueError as e:
        print("ValueError", e)
print(f"{2 - 3j:.1f} {1j:>5} {'{:^9}'.format(1 + 1j)}")

# %-formatting with a mapping: a keyed conversion uses up the mapping as the
# one positional argument.
for fmt in ("%(a)s %s", "%s %(a)s", "%(a)s %(a)d%%", "%s %s %(a)s"):
    try:
        print(repr(fmt % {"a": 7}))
    except TypeError as e:
        print("TypeError", e)
