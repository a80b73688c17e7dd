N = 100000
is_prime = [True] * (N + 1)
is_prime[0] = is_prime[1] = False
i = 2
while i * i <= N:
    if is_prime[i]:
        for j in range(i * i, N + 1, i):
            is_prime[j] = False
    i += 1
primes = [k for k in range(N + 1) if is_prime[k]]
print(len(primes))
print(primes[:20])
print(primes[-10:])
print(sum(primes))
twins = 0
for a in range(len(primes) - 1):
    if primes[a + 1] - primes[a] == 2:
        twins += 1
print(twins)
gaps = {}
for a in range(len(primes) - 1):
    g = primes[a + 1] - primes[a]
    gaps[g] = gaps.get(g, 0) + 1
print(sorted(gaps.items())[:8])
print(max(gaps))
