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
