letters = list("xyz")
print(letters[-3], letters[2])
grid = [[1, 2], [3, 4]]
print(grid[1][0], grid[-1][-1], len(grid))
print(grid[0][5:], grid[5:])
data = [10, 20, 30, 40]
print(data[0], data[-1], data[len(data) - 1])
for i in range(len(data)):
    print(i, data[i])
print(data[1:10], data[-10:2])
data.append(50)
print(data, len(data))
data.pop()
data.pop(0)
print(data)
i = 0
while i < len(data):
    print("while", data[i])
    i += 1
print("index", i, "is past the end")
print(data[i])
