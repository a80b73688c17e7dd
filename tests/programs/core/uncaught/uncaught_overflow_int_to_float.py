print(2 ** 1023 / 2 ** 1000, 10 ** 400 // 10 ** 399)
print((10 ** 400) % 1000, (10 ** 400 + 5) % 1000)
small = [1, 2 ** 10, 2 ** 52, 2 ** 53 + 1, 2 ** 64]
for s in small:
    print(s, float(s))
print(float(2 ** 1023) + float(2 ** 1022))
print(float(10 ** 20), float(-(10 ** 20)))
n = 10 ** 300
print(len(str(n)), float(n))
print(n / 10 ** 290)
print(n * 1.0 > 1e299)
m = 10 ** 308
print(float(m))
print(float(2 ** 1023))
big = 10 ** 400
print(len(str(big)), big // 10 ** 399, big % 7)
print(big > 1e308, big < float("inf"))
print(big // 10 ** 100 == 10 ** 300)
print("converting 10**400 to float")
print(float(big))
