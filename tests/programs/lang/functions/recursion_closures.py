def make_walker(graph):
    visited = []

    def walk(node):
        if node in visited:
            return
        visited.append(node)
        for nxt in graph.get(node, []):
            walk(nxt)
    return walk, visited


graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["a"], "e": []}
walk, visited = make_walker(graph)
walk("a")
print(visited)


def permutations(items):
    out = []

    def build(prefix, rest):
        if not rest:
            out.append(prefix)
            return
        for i in range(len(rest)):
            build(prefix + [rest[i]], rest[:i] + rest[i + 1:])
    build([], list(items))
    return out


print(permutations("abc"))
print(len(permutations(range(5))))


def hanoi(n):
    moves = []

    def move(k, src, dst, via):
        if k == 0:
            return
        move(k - 1, src, via, dst)
        moves.append((src, dst))
        move(k - 1, via, dst, src)
    move(n, "A", "C", "B")
    return moves


print(hanoi(2))
print(len(hanoi(10)))


def flatten(nested):
    result = []

    def go(x):
        if isinstance(x, list):
            for y in x:
                go(y)
        else:
            result.append(x)
    go(nested)
    return result


print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
