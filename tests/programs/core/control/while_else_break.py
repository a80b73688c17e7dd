i = 0
while i < 5:
    print("i", i)
    i += 1
else:
    print("while else", i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("break at", k)
        break
else:
    print("not reached")
k = 10
while k > 0:
    k -= 3
    if k % 2 == 0:
        continue
    print("odd k", k)
else:
    print("else after continue", k)
a, b = 0, 1
fibs = []
while True:
    if a > 100:
        break
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 0
while x < 0:
    x += 1
else:
    print("zero iterations else")
count = 0
outer = 0
while outer < 4:
    inner = 0
    while inner < outer:
        count += 1
        inner += 1
    outer += 1
print(count)
