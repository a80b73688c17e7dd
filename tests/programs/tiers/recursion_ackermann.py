# Small Ackermann values and other deep-ish recursion.
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

for m in range(3):
    print(m, [ack(m, n) for n in range(6)])
print("ack 3,3", ack(3, 3))
print("ack 3,4", ack(3, 4))

def hanoi(n, a, b, c, moves):
    if n == 0:
        return
    hanoi(n - 1, a, c, b, moves)
    moves.append((a, c))
    hanoi(n - 1, b, a, c, moves)

mv = []
hanoi(12, "A", "B", "C", mv)
print(len(mv), mv[:4], mv[-2:])
ac = sum(1 for m in mv if m == ("A", "C"))
print("A->C", ac)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(k) for k in (0, 1, 10, 301, 500)])

def flatten(x, out):
    if isinstance(x, list):
        for y in x:
            flatten(y, out)
    else:
        out.append(x)
    return out

nest = [1, [2, [3, [4, [5.5, "s"]]]], [[[[7]]]], []]
for i in range(400):
    r = flatten(nest, [])
print(r)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))
