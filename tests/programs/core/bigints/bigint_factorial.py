def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f200 = factorial(200)
print(f200)
print(len(str(f200)))
s = str(f200)
zeros = len(s) - len(s.rstrip("0"))
print(zeros)
print(sum([int(c) for c in s]))
print(factorial(50) // factorial(48), 50 * 49)
print(factorial(100) % (10 ** 9 + 7))
print(factorial(30) // 2 ** 26)
def binom(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))
print(binom(100, 50))
print([binom(10, k) for k in range(11)])
print(binom(60, 30) % 1000000)
print(f200 // f200, f200 % factorial(199), f200 // factorial(199))
