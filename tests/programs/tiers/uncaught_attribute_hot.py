# A method call site sees an object without the attribute after thousands of calls.
class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r

class Blob:
    def __init__(self, m):
        self.mass = m

shapes = [Circle(i % 10) for i in range(5000)]
shapes.append(Blob(3))
total = 0
for i, s in enumerate(shapes):
    total += s.area()
    if i % 1000 == 0:
        print(i, total)
print("never", total)
