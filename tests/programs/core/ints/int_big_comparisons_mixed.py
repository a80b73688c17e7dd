vals = [0, 1, -1, 2 ** 31, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -(2 ** 63), 10 ** 20, 10 ** 30]
for v in vals:
    f = float(v)
    print(v, repr(f), v == f, v < f, v > f, int(f) - v)
print(2 ** 53 + 1 > 2 ** 53, float(2 ** 53 + 1) > float(2 ** 53))
print(10 ** 16 + 1 == 1e16, 10 ** 16 + 1 > 1e16)
print(1e16 < 10 ** 16 + 2 < 1e16 + 4)
print(sorted([2 ** 64, 1.8e19, 2 ** 64 + 1, 1.9e19, -(2 ** 70), -1e21]))
print(max(10 ** 25, 1e25), min(10 ** 25, 1e25), 10 ** 25 == 1e25)
print(int(1e25), int(1e25) == 10 ** 25, int(1e25) - 10 ** 25)
print(2 ** 1000 > float("1e300"), -(2 ** 1000) < -1e300)
print(2 ** 1100 > 1e308, 2 ** 1100 < float("inf"), -(2 ** 1100) > float("-inf"))
print(0.5 < 1 < 1.5 < 2 ** 100 < 1e31)
big = 2 ** 200
print(big == float(big), big + 1 == float(big), big - 1 < float(big))
print(int(float(big)) - big)
print(-big < -1e60, big > 1e60, big < 1e61)
near = [2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2]
for n in near:
    print(n, float(n), n == float(n), int(float(n)) - n)
print(9007199254740992.0 + 1.0 == 9007199254740992.0)
