# Builtins shadowed by module globals halfway through a hot loop.
def measure(xs):
    return len(xs)

data = [1, 2, 3, 4]
total = 0
for i in range(6000):
    if i == 3000:
        def len(x):
            return 100
    total += measure(data)
    if i % 1000 == 0 or i == 3000:
        print(i, total)
print("total", total)
del len
print("restored", measure(data))

def absolutes(n):
    s = 0
    for i in range(n):
        s += abs(i - n // 2)
    return s

print(absolutes(4000))
abs = lambda v: -v
print(absolutes(4000))
del abs
print(absolutes(4000))

def mins(n):
    out = 0
    for i in range(n):
        out += min(i % 10, 5)
    return out

a = mins(3000)
min = max
b = mins(3000)
del min
c = mins(3000)
print(a, b, c)

def conv(n):
    t = 0
    for i in range(n):
        t += int(str(i)[-1])
    return t

r1 = conv(2000)
int = float
r2 = conv(2000)
del int
print(r1, repr(r2), conv(10))
range_calls = 0

def myrange(*a):
    global range_calls
    range_calls += 1
    return [0, 1, 2]

s = 0
for k in range(3):
    for j in range(1000):
        s += j
    if k == 1:
        range = myrange
print("range s", s, range_calls)
