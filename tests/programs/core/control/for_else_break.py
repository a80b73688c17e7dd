for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty else")
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no break")
for x in [1, 2, 3]:
    if x == 2:
        continue
    print("x", x)
else:
    print("done with continue")
found = None
for word in ["alpha", "beta", "gamma"]:
    if "m" in word:
        found = word
        break
print(found)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
