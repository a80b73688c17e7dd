inv = {v: k for k, v in enumerate("abc")}
print(inv, inv["b"])
codes = {200: "OK", 404: "Not Found", 500: "Server Error"}
for c in [200, 404, 500]:
    print(c, codes[c])
print(codes.get(301, "unknown"))
squares = {i: i * i for i in range(6)}
print(squares)
print(squares[3], squares[5], squares.get(9))
for k in range(0, 12, 2):
    if k in squares:
        print(k, squares[k])
    else:
        print(k, "missing")
squares[10] = 100
print(len(squares), list(squares)[-1])
del squares[0]
print(0 in squares, squares)
print(squares[True], squares[2.0])
print("lookup of int key 7")
print(squares[7])
