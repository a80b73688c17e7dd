class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        print("rmul")
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return Vec(+self.x, +self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)


a = Vec(3, 4)
b = Vec(1, -2)
print(a + b, a - b)
print(a * 3, 3 * a)
print(a / 2, a // 2, a % 2)
print(a ** 2)
print(-a, +b, abs(a))
print(-(-a) == a, a + b == b + a, a == b)
print(sum([a, b, Vec(0, 1)], Vec(0, 0)))
total = Vec(0, 0)
for v in [a, b, a]:
    total = total + v
print(total)
print((a - b) * 2 + b)
print(Vec(7, -7) // 3, Vec(7, -7) % 3)
print(Vec(1, 2) / 4)
print(Vec(2.5, 1) ** 3)
