# Found by tools/fuzz.py (seed 91): iterating a range whose next value would pass
# 2**63 - 1 (or -2**63) overflows tierpy's i64 cursor: the interpreter panics
# ("attempt to add with overflow", exit 70) and the JIT's for-iter helper aborts.
acc = 0
for q in range(2**63 - 20, 2**63 - 1, 3):
    acc += q % 1000
print(acc)
print([q % 100 for q in range(0, 2**63 - 1, 2**61)])
print([q % 100 for q in range(-2**63 + 3, -2**63, -2)])


def hot(n):
    t = 0
    for i in range(n):
        for q in range(2**63 - 5, 2**63 - 1, 2):
            t = (t + q % 7 + i) % 1000003
    return t


print(hot(300))
