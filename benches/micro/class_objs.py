# probes: allocating small objects in __init__ and calling their methods
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return P(self.x + o.x, self.y + o.y)
    def norm(self):
        return self.x * self.x + self.y * self.y
def main():
    acc = P(0, 0)
    t = 0
    for i in range(300000):
        p = P(i, i + 1)
        acc = acc.add(p)
        t += p.norm() % 7
    print(acc.x, acc.y, t)
main()
