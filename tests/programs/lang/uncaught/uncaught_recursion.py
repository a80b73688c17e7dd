def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def endless(n):
    return endless(n + 1) + 1


print(depth(10))
print(depth(300))
print(depth(900))
try:
    endless(0)
except RecursionError:
    print("caught once")
print("trying again without a handler")
results = []
for i in range(3):
    results.append(depth(i))
print(results)
endless(0)
print("not reached")
