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
