def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3 < 4)
print(1 < 2 > 1 < 2)
print(1 < 2 < 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) == v(2) == v(3))
print(v(5) > v(4) >= v(4) > v(3))
a, b, c = 1, 5, 10
print(a < b < c, a < c < b, c > b > a)
print(a <= a <= b, a == 1 < b)
print(0 < a != 2)
print(1 in [1, 2] in [[1, 2]])
print("a" < "b" < "c", "b" < "a" < "c")
print([1] < [2] < [3], (1, 2) < (1, 3) <= (1, 3))
x = 7
print(0 <= x < 10 and x % 2 == 1)
print(not 0 < x < 5)
print(1 < x is not None)
print(x is x is x)
res = []
for i in range(-2, 8):
    if 0 <= i < 5:
        res.append(i)
print(res)
print([i for i in range(20) if 3 < i * 2 <= 12])
