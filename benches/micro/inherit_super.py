# probes: super().__init__ and super() method calls
class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class B(A):
    def __init__(self, v):
        super().__init__(v)
        self.w = v * 2
    def get(self):
        return super().get() + self.w
def main():
    t = 0
    for i in range(200000):
        b = B(i)
        t += b.get()
    print(t)
main()
