for i in range(3):
    print("a", i)
for i in range(10, 0, -3):
    print("b", i)
for i in range(-2, 3):
    print("c", i, i * i)
for i in range(5, 0):
    print("never")
total = 0
for i in range(1, 1001):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
lst = ["a", "b", "c", "d"]
for i in range(len(lst)):
    lst[i] = lst[i] * (i + 1)
print(lst)
for i in range(len(lst) - 1, -1, -1):
    print(i, lst[i])
table = []
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    table.append(row)
print(table)
i = 100
for i in range(3):
    pass
print(i)
for i in range(0):
    pass
print(i)
