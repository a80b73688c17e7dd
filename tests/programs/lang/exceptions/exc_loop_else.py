def find(items, target):
    for i, it in enumerate(items):
        if it == target:
            print("found at", i)
            break
    else:
        print("not found")
        return -1
    return i


print(find([1, 2, 3], 2))
print(find([1, 2, 3], 7))
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally", n)
while True:
    try:
        n -= 1
        if n == 0:
            raise StopIteration("reached zero")
    except StopIteration as e:
        print("stop:", e)
        break
else:
    print("never")
for x in []:
    print("never")
else:
    print("empty loop else")
results = []
for v in ["1", "2", "x", "4"]:
    try:
        results.append(int(v))
    except ValueError:
        print("bad value, stopping")
        break
else:
    print("all parsed")
print(results)
