# Integers crossing 2**63 - 1 and -2**63 in hot loops (overflow to big ints and back).
MAX = 2**63 - 1
MIN = -(2**63)

def addloop(start, step, n):
    v = start
    seen = []
    for i in range(n):
        v = v + step
        if i % (n // 4) == 0 or i == n - 1:
            seen.append(v)
    return v, seen

print(addloop(MAX - 1000, 1, 2000))
print(addloop(MIN + 1000, -1, 2000))
print(addloop(MAX - 10, 7, 100))

def mul_back(n):
    v = 3
    out = []
    for i in range(n):
        v *= 3
        if v > MAX:
            v //= 2**40
            out.append(i)
    return v, out

print(mul_back(400))
s = 0
for k in range(-1000, 1000):
    s += (MAX + k) - MAX
    s += (MIN - k) - MIN
print("s", s)
print(MAX + 1, MIN - 1, -MIN, abs(MIN), MIN // -1, MIN % -1, MAX * -1 - 1 == MIN)
print(MAX * MAX, MIN * MIN, MIN * MAX, MAX * 2, (MAX + 1) // 2)
print(MAX << 1, MIN >> 1, (MAX + 1) >> 1, 1 << 63, -(1 << 63) == MIN)
t = 0
for i in range(5000):
    t = t - MIN if i % 2 == 0 else t + MIN
    if i % 1000 == 0:
        print("t", i, t)
print("t end", t)
neg = 0
for i in range(3000):
    neg -= MAX // 1000
print("neg", neg, neg < MIN, neg // 3, neg % 1000)
