text = "the cat and the hat and the bat sat on the mat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
ordered = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(ordered)
print(ordered[:3])
index = {}
for pos, w in enumerate(text.split()):
    if w not in index:
        index[w] = []
    index[w].append(pos)
print(index)
tree = {"root": {"left": {"val": 1}, "right": {"val": 2, "child": {"val": 3}}}}
print(tree["root"]["right"]["child"]["val"])
tree["root"]["left"]["val"] += 10
print(tree)
total = 0
stack = [tree]
while stack:
    node = stack.pop()
    for k, v in node.items():
        if k == "val":
            total += v
        else:
            stack.append(v)
print(total)
matrix = {}
for i in range(4):
    matrix[i] = {}
    for j in range(4):
        matrix[i][j] = i ^ j
print(matrix[3], matrix[2][1])
print(sum([matrix[i][j] for i in matrix for j in matrix[i]]))
