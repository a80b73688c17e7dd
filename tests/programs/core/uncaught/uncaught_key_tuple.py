seen = {}
for p in [(0, 0), (0, 1), (0, 0)]:
    seen[p] = seen.get(p, 0) + 1
print(seen)
edges = {(1, 2): 5, (2, 3): 7}
print(edges[(1, 2)], edges[2, 3], edges.get((3, 1), 0))
board = {}
for r in range(3):
    for c in range(3):
        board[(r, c)] = "." if (r + c) % 2 else "#"
for r in range(3):
    print("".join([board[(r, c)] for c in range(3)]))
board[(1, 1)] = "X"
print(board[1, 1], board[(0, 0)])
print((2, 2) in board, (3, 3) in board)
moves = [(0, 1), (2, 0), (1, 2)]
for m in moves:
    print(m, board[m])
del board[(0, 0)]
print(len(board))
print("looking up removed key")
print(board[(0, 0)])
