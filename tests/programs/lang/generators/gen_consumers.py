def numbers(n):
    for i in range(1, n + 1):
        print("produce", i)
        yield i


print(list(numbers(3)))
print(sum(numbers(3)))
for i, v in enumerate(numbers(2)):
    print("enumerate", i, v)
for a, b in zip(numbers(3), "xy"):
    print("zip", a, b)
print(list(map(lambda v: v * 10, numbers(2))))
print(sorted(numbers(3), reverse=True))
print(max(numbers(2)), min(numbers(2)))
print(dict(zip("ab", numbers(2))))
print(tuple(numbers(1)))
print(set(numbers(2)))
print(list(filter(lambda v: v % 2, numbers(4))))
print("-".join(map(str, numbers(3))))
a, b = numbers(2)
print(a, b)
print([v for v in numbers(2)])
