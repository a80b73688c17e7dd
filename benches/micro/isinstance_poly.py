# probes: a polymorphic method call site over three classes, isinstance
class Sq:
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
class Ci:
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r * self.r
class Re:
    def __init__(self, w, h): self.w = w; self.h = h
    def area(self): return self.w * self.h
def main():
    shapes = []
    for i in range(3000):
        k = i % 3
        shapes.append(Sq(i) if k == 0 else Ci(i) if k == 1 else Re(i, 2))
    t = 0.0
    for r in range(100):
        for s in shapes:
            t += s.area()
            if isinstance(s, Sq):
                t += 1
    print(round(t, 2))
main()
