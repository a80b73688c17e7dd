import math
def dist(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
pts = [(0, 0), (3, 4), (-1, 2), (6, -2), (1.5, 1.5)]
for i in range(len(pts)):
    for j in range(i + 1, len(pts)):
        print(pts[i], pts[j], round(dist(pts[i], pts[j]), 9))
perimeter = 0.0
for i in range(len(pts)):
    perimeter += dist(pts[i], pts[(i + 1) % len(pts)])
print(round(perimeter, 9))
for r in [1, 2.5, 10]:
    print(r, round(math.pi * r * r, 9), round(2 * math.pi * r, 9))
def polar(x, y):
    return math.sqrt(x * x + y * y), math.atan2(y, x)
for x, y in [(1, 0), (0, 1), (-1, 0), (1, 1), (-2, -2)]:
    r, th = polar(x, y)
    print(x, y, round(r, 9), round(th, 9), round(th * 180 / math.pi, 6))
def newton_sqrt(n):
    x = n
    for i in range(30):
        x = (x + n / x) / 2
    return x
for n in [2, 10, 1e6]:
    print(n, newton_sqrt(n), math.sqrt(n), math.isclose(newton_sqrt(n), math.sqrt(n)))
print(math.gcd(1071, 462), 1071 * 462 // math.gcd(1071, 462))
print(math.floor(math.log(10**6, 10) + 1e-9), math.ceil(math.sqrt(50)))
