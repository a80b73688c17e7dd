first, second = "ab"
print(first, second)
(p1, p2), p3 = [1, 2], 3
print(p1, p2, p3)
*xs, tail = [1, 2, 3]
print(xs, tail)
head, *more = "z"
print(head, more)
m, n, o = range(3)
print(m, n, o)
rows = ["1,2,3", "4,5,6", "7,8"]
for row in rows:
    print("row", row, row.split(","))
coords = (1, 2, 3)
x, y, z = coords
print(x + y + z)
a, b, *c = [1, 2]
print(a, b, c)
for row in rows:
    p, q, r = row.split(",")
    print(int(p) + int(q) + int(r))
