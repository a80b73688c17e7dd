point = (3, 4, 5)
x, y, z = point
print(x, y, z)
print(point[0], point[-1], point[1:])
print(len(point), point.count(4), point.index(5))
points = [(0, 0), (1, 2), (3, 5)]
for p in points:
    print(p[0] + p[1])
print(sum([p[1] for p in points]))
pair = (1,)
print(pair, len(pair), pair[0], pair[-1])
print(pair[1:])
print("reading second element of a 1-tuple")
print(pair[1])
