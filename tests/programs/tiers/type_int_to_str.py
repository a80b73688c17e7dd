# A loop variable that is an int for a while and then becomes a str.
def mix(n, switch):
    v = 0
    lengths = 0
    for i in range(n):
        if i == switch:
            v = str(v)
        if isinstance(v, int):
            v = v + i
        else:
            v = v[-3:] + str(i % 10)
            lengths += len(v)
        if i % 700 == 0:
            print(i, repr(v))
    return v, lengths

for sw in (5, 2100, 6000):
    print("result", mix(3500, sw))

x = 10
acc = []
for i in range(3000):
    if i == 1500:
        x = "ab"
    y = x * 2
    if i % 500 == 0 or i == 1501:
        acc.append(y)
print(acc)

def describe(v):
    return type(v).__name__ + ":" + str(v)[:12]

w = 7
res = []
for i in range(2000):
    if i == 1000:
        w = "z"
    elif i == 1500:
        w = 42
    w = w + (1 if isinstance(w, int) else "y")
    if i % 250 == 0:
        res.append(describe(w))
print(res)
print(len(w) if isinstance(w, str) else w)
