# Found by tools/fuzz.py (seed 18): membership, index() and count() of ranges whose
# bounds are near the 64-bit limits (but within them) give wrong answers.
r = range(2**63 - 1, 2**63 - 50, -7)
print(len(r), r[0], r[-1])
print((2**63 - 1) in r, (2**63 - 8) in r, (2**63 - 2) in r)
r2 = range(-2**63, -2**63 + 9, 2)
print(len(r2), (-2**63) in r2, (-2**63 + 2) in r2, (-2**63 + 1) in r2)
r3 = range(2**63 - 20, 2**63 - 1, 3)
print((2**63 - 20) in r3, (2**63 - 2) in r3)


def show(f):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)


show(lambda: r3.index(2**63 - 17))
show(lambda: r3.count(2**63 - 20))
show(lambda: r2.index(-2**63 + 4))
