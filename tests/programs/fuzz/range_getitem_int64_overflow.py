# Found by tools/fuzz.py (seed 35): indexing a range computes start + i * step,
# which overflows i64 for large steps although the result is in range
# (tierpy panics: "attempt to multiply with overflow").
r = range(2**63 - 2, -2**63 + 2, -(2**62))
print(len(r))
print(r[0], r[1], r[2])
print(r[3])
print(r[-1], r[-2])
print(range(0, 2**63 - 1, 2**61)[3])
