class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt


def walk(node):
    while node is not None:
        print("visit", node.value)
        node = node.nxt


def second_value(node):
    return node.nxt.value


chain = Node(1, Node(2, Node(3)))
walk(chain)
print(second_value(chain))
print(hasattr(chain, "weight"))
try:
    chain.weight
except AttributeError as e:
    print("caught:", e)
print(second_value(chain.nxt))
print(second_value(chain.nxt.nxt))
print("not reached")
