pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (1.0, 0.1),
         (5.0, 3.0), (-5.0, 3.0), (0.0, 3.0), (-0.0, 3.0), (1e20, 3.0), (3.0, 1e20),
         (-3.0, 1e20), (2.5, 0.5), (-1e-10, 1.0)]
for a, b in pairs:
    print(a, b, repr(a // b), repr(a % b))
for a, b in pairs[:6]:
    print(divmod(a, b))
print(5.0 // 2, 5 // 2.0, type(5.0 // 2))
print(-0.0 % 5.0)
print(0.0 % -5.0)
print(6.0 % -3.0)
print(-6.0 % 3.0)
print(1.0 % 0.1)
print(1.0 // 0.1)
print(divmod(1.0, 0.1))
print(5.0 % float("inf"))
print(-5.0 % float("inf"))
print(5.0 // float("inf"))
print(-5.0 // float("inf"))
for a in [5.5, -5.5]:
    for b in [2.0, -2.0, 0.3]:
        q = a // b
        r = a % b
        print(a, b, q, r, q * b + r)
