def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)


def build_list(n):
    if n == 0:
        return []
    rest = build_list(n - 1)
    rest.append(n)
    return rest


print(depth(900))
print(sum_to(900))
lst = build_list(900)
print(len(lst), lst[:3], lst[-3:])


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)


head = None
for i in range(900):
    head = Node(i, head)
print(head.length())


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))
