def depth(tree):
    if not tree[1]:
        return 1
    return 1 + max([depth(c) for c in tree[1]])
def count_nodes(tree):
    return 1 + sum([count_nodes(c) for c in tree[1]])
sample = (0, [(1, []), (2, [(3, [])])])
print("depth", depth(sample), "nodes", count_nodes(sample))
print("walking trees")
def walk(tree, depth):
    print("  " * depth + "node", tree[0])
    total = tree[0]
    for child in tree[1]:
        total += walk(child, depth + 1)
    if tree[0] < 0:
        raise ValueError("negative node " + str(tree[0]) + " at depth " + str(depth))
    return total
good = (1, [(2, []), (3, [(4, [])])])
print("sum", walk(good, 0))
bad = (1, [(2, []), (3, [(4, [(-5, [])])])])
print("sum", walk(bad, 0))
