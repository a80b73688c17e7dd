grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        grid[r][c] = r * 4 + c
print(grid)
for row in grid:
    row.reverse()
print(grid)
grid[1][2:] = ["a", "b", "c"]
print(grid)
flat = []
for row in grid:
    flat.extend(row)
print(flat, len(flat))
transposed = [[grid[r][c] for r in range(3)] for c in range(4)]
print(transposed)
stack = []
for i in range(5):
    stack.append(i * i)
    print("push", stack)
while stack:
    top = stack.pop()
    print("pop", top, stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
lst = [3, 1, 2]
lst2 = lst
lst.sort()
print(lst2)
lst3 = sorted(lst, reverse=True)
print(lst, lst3)
rows = [[3, "c"], [1, "a"], [2, "b"]]
rows.sort()
print(rows)
rows[0].append("x")
print(rows)
