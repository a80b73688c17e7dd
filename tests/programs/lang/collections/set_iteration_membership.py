primes = {2, 3, 5, 7, 11, 13}
for p in sorted(primes):
    print(p, p in primes, p + 1 in primes)
print(sum(primes), max(primes), min(primes), len(primes))
print(sorted(primes, reverse=True))
print([p for p in sorted(primes) if p > 4])
print(any(p % 2 == 0 for p in primes))
print(all(p > 1 for p in primes))
seen = set()
dups = []
for x in [1, 4, 2, 4, 1, 5, 4]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(seen, dups)
print(sorted(set(dups)))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(len(words), len(set(words)))
print(sorted(set(words))[:4])
letters = set("hello world") - {" "}
print(sorted(letters))
print(list(sorted({(1, "b"), (1, "a"), (0, "z")})))
s = {1, 2, 3}
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len({1, 2, 3}.union(range(100))))
print({0, 1, 2} == set(range(3)), {1, 2} in [{2, 1}])
