# Products of large ints, factorials, and mixed-size arithmetic in loops.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (20, 21, 25, 50):
    f = fact(n)
    print(n, f, f.bit_length(), f % 1000000007)

f200 = fact(200)
print(len(str(f200)), str(f200)[:20], f200 % (2**61 - 1))
a = 2**64 + 13
b = 3**41 - 7
p = 1
for i in range(300):
    p = (p * a + b) % (10**40 + 121)
    if i % 60 == 0:
        print("p", i, p)
print("p end", p)
print(a * b, (a * b) // b == a, (a * b) % a, -a * b, (-a) * (-b) == a * b)
print(divmod(a * b + 5, a), divmod(-(a * b) - 5, a), divmod(a * b, -b))
x = 1
for i in range(1, 200):
    x = x * i - (x >> 3)
print("x", x % 10**12, x.bit_length())
c = 0
for i in range(2000):
    c += (2**64 - 1) * (i % 5) - (2**65 + 1) * (i % 3)
print("c", c)
pw = [pow(7, k) for k in (20, 22, 23, 40)]
print(pw, [q % 2**64 for q in pw])
print(pow(3, 200, 10**9 + 7), pow(2, 127) - 1, (2**127 - 1) % 1000003)
print(int("9" * 40) + 1, int("-" + "12345" * 8) * 3)
h = 0
for i in range(1000):
    h = (h ^ (i * 2**66)) + i
print("h", h.bit_length(), h % 99991)
