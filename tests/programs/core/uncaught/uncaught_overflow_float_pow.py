base = 1.5
for e in [10, 100, 1000]:
    print(e, base ** e)
print(2.0 ** 1023, 2.0 ** -1074)
print(10.0 ** 308)
print(2 ** 1024 > 1e308)
big = 1e300
print(big * 1e8, big * 1e10)
x = 2.0
for i in range(5):
    x = x ** 2
    print(i, x)
print("now a float power that overflows")
print(10.0 ** 400)
