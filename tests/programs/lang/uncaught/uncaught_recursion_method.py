class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(c.total() for c in self.children)

    def depth(self):
        if not self.children:
            return 1
        return 1 + max(c.depth() for c in self.children)


class Loop:
    def __init__(self):
        self.other = self

    def size(self):
        return 1 + self.other.size()


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t.total(), t.depth())
try:
    Loop().size()
except RecursionError:
    print("caught")
print(Tree(5).total())
print(Loop().size())
print("not reached")
