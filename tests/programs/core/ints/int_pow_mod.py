print(pow(2, 10, 1000))
print(pow(3, 200, 7))
print(pow(2, 100, 1000000007))
print(pow(10, 18, 13))
print(pow(-2, 3, 5))
print(pow(2, 3, -5))
print(pow(-2, 3, -5))
print(pow(0, 0, 7))
print(pow(5, 0, 1))
print(pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 7))
print(pow(2, -1, 9))
print(pow(7, -2, 11))
print(pow(38, -1, 97))
print((38 * pow(38, -1, 97)) % 97)
for b in range(1, 6):
    print(b, [pow(b, e, 11) for e in range(6)])
print(pow(2**100, 2**50, 10**9 + 9))
print(pow(2, 2**70, 97))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
