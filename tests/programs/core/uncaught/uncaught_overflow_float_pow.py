print(1.0000001 ** 1000000, 0.5 ** 1000)
print(2.0 ** 0.5, (-8.0) ** 3, 4.0 ** -0.5)
print(10.0 ** 300 * 10.0 ** 8)
print(1e308 + 1e308)
for p in [100, 200, 300]:
    print(p, 10.0 ** p)
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
